import type { OnePageProfileRecord } from '../../src/schemas/one-page-profile.js';

/**
 * Example one-page profiles. Joyce is drawn from a case study in the MSP 2013/14 report: she lives
 * alone with sight loss, and a neighbour she likes had been asking her for money. Names are invented.
 */

/** A small drawing standing in for a photo: a smiling face with brown hair, as a PNG data URL. */
export const PHOTO_OF_A_DRAWN_FACE =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAGAAAABgCAMAAADVRocKAAAAD1BMVEXS4vH/3QALDAz0dzhvTjeLdK/dAAABOklEQVR42u2Y7Q6CMAxF2WXv/8xCNBHGOtq7Nhrt+QnxnIyvLi5LkiRJknwTtSXW7tuoMsF6j0S9J1g/lag1tlBraKHacPMXp0JPfWS6MLT3GzP+0ocvqPTXhL+fLej9TSHATxVM/nMhwk8UNoBiBTA8poTfVogPFAbELsCyBFx/iqI4RgeAq617jLxCwNXWO6a+RvGBQgYK+Husugd0QPsU8QHnVy06gIkA/uMS/Vhg3RGF7Vn7t2hdR4X2LLgAxOd2O0MFFjqwUAGx8PIzAVABw7ZCtQR+Ad2Zdv+5ntp4dSea697xPMAw65fG5hF+XycNhaHeugBh7Eh2wm+da/aArUD4TQXKbyiQfnWB9u8FKPS8X1OY898mpvXjhIv+WZBea7c/r9svBFzth8absL/548xJkiTJB3kAj+0VFQykBoUAAAAASUVORK5CYII=';

const uuid = (n: number) => `5e0d1c2b-3a49-4f58-8e67-${String(n).padStart(12, '0')}`;

export const joyceProfile: OnePageProfileRecord = {
  kind: 'msp.one-page-profile',
  version: 1,
  id: '2c4e6a8b-0d1f-4a3c-9e5b-7d9f1b3d5f70',
  caseRef: 'SG-2026-0412',
  subjectRef: 'P-88121',
  recordedAt: '2026-11-18T11:40:00+00:00',
  recordedBy: 'SW-017',
  locale: 'en-GB',
  name: 'Joyce',
  likedAndAdmired: [
    { id: uuid(1), text: 'I always remember people’s birthdays.' },
    { id: uuid(2), text: 'I make a good cup of tea and I am good company.' },
    { id: uuid(3), text: 'My neighbours say I am kind and that I notice when something is wrong.' },
  ],
  importantToMe: [
    { id: uuid(4), text: 'Staying in my own flat, where I know where everything is.' },
    { id: uuid(5), text: 'Visitors: I like company two or three times a week.' },
    { id: uuid(6), text: 'Listening to the radio in the morning.' },
    { id: uuid(7), text: 'Deciding for myself who I lend money to.' },
  ],
  howToSupportMe: [
    { id: uuid(8), text: 'Say who you are when you come in. I cannot see your face.' },
    { id: uuid(9), text: 'Put things back where you found them.' },
    { id: uuid(10), text: 'Give me time to think, and help me plan what to say if a conversation will be hard.' },
  ],
  helpedBy: 'My social worker, Sam.',
  sharedWith: 'The safeguarding team and my GP.',
};

export const joyceWithPhoto: OnePageProfileRecord = {
  ...joyceProfile,
  photo: { src: PHOTO_OF_A_DRAWN_FACE, alt: 'A drawing of a smiling face with short brown hair, standing in for Joyce’s photo.' },
};

/**
 * Joyce's profile from a case system that keeps photos on its own server: the photo is an https URL.
 * It loads only from an origin the host lists in `photo-origins`.
 */
export const joyceWithRemotePhoto: OnePageProfileRecord = {
  ...joyceProfile,
  photo: { src: 'https://docs.example.gov.uk/photos/joyce.jpg', alt: 'Joyce smiling in her garden, in her blue cardigan.' },
};

export const joyceWithChart: OnePageProfileRecord = {
  ...joyceProfile,
  communication: [
    {
      id: uuid(20),
      whatIsHappening: 'Someone comes in without saying who they are.',
      whatIDo: 'I go quiet and hold on to the arm of my chair.',
      weThinkItMeans: 'Joyce is frightened because she cannot see who it is.',
      weShould: 'Say our name at the door, and wait for her to answer.',
    },
    {
      id: uuid(21),
      whatIsHappening: 'The radio is turned off.',
      whatIDo: 'I ask for it back on, again and again.',
      weThinkItMeans: 'Joyce feels alone without it.',
      weShould: 'Ask before turning it off, and turn it back on when we leave.',
    },
  ],
};

const sentence = (n: number, what: string) =>
  `${what} ${n}: I want people to know this about me, and to remember it when they meet me for the first time.`;

/** A profile near the longest that still fits one printed page once its text is made smaller. */
export const longProfile: OnePageProfileRecord = {
  ...joyceWithChart,
  id: '3d5f7b9c-1e2a-4b4d-8f6c-8e0a2c4e6a81',
  name: 'Margaret Elizabeth Jones-Williams, but please call me Peggy',
  photo: joyceWithPhoto.photo,
  likedAndAdmired: Array.from({ length: 6 }, (_, i) => ({ id: uuid(100 + i), text: sentence(i + 1, 'People tell me') })),
  importantToMe: Array.from({ length: 9 }, (_, i) => ({ id: uuid(200 + i), text: sentence(i + 1, 'What matters') })),
  howToSupportMe: Array.from({ length: 4 }, (_, i) => ({ id: uuid(300 + i), text: sentence(i + 1, 'How to help') })),
  communication: [
    ...joyceWithChart.communication!,
    {
      id: uuid(22),
      whatIsHappening: 'There are a lot of people talking at once.',
      whatIDo: 'I say I am tired and ask to go home.',
      weThinkItMeans: 'Peggy cannot follow who is speaking.',
      weShould: 'Talk one at a time, and say our names before we speak.',
    },
  ],
  helpedBy: 'My daughter Carys, my advocate, and the staff at the day centre.',
  sharedWith: 'The safeguarding team, my GP, the day centre and the carers who come to my home.',
};

/** A profile too long for one page even with the smallest text. */
export const tooLongProfile: OnePageProfileRecord = {
  ...longProfile,
  id: '4e6a8c0d-2f3b-4c5e-9a7d-9f1b3d5f7b92',
  likedAndAdmired: Array.from({ length: 20 }, (_, i) => ({ id: uuid(400 + i), text: `${sentence(i + 1, 'People tell me')} ${'And more. '.repeat(15)}` })),
  importantToMe: Array.from({ length: 20 }, (_, i) => ({ id: uuid(500 + i), text: `${sentence(i + 1, 'What matters')} ${'And more. '.repeat(15)}` })),
  howToSupportMe: Array.from({ length: 20 }, (_, i) => ({ id: uuid(600 + i), text: `${sentence(i + 1, 'How to help')} ${'And more. '.repeat(15)}` })),
};

/** Made in Welsh: the person's words are Welsh too. */
export const welshProfile: OnePageProfileRecord = {
  ...joyceProfile,
  id: '5f7b9d1e-3a4c-4d6f-8b8e-a02c4e6a8ca3',
  locale: 'cy',
  name: 'Siân',
  likedAndAdmired: [
    { id: uuid(700), text: 'Rwy’n gwneud i bobl chwerthin.' },
    { id: uuid(701), text: 'Rwy’n gogydd da ac rwy’n hoffi rhannu bwyd.' },
  ],
  importantToMe: [
    { id: uuid(702), text: 'Siarad Cymraeg gyda phawb sy’n dod i’r tŷ.' },
    { id: uuid(703), text: 'Mynd i’r capel ar ddydd Sul.' },
  ],
  howToSupportMe: [
    { id: uuid(704), text: 'Siaradwch yn araf ac yn glir.' },
    { id: uuid(705), text: 'Rhowch amser i mi feddwl cyn ateb.' },
  ],
  helpedBy: 'Fy mab, Dafydd.',
  sharedWith: 'Y tîm diogelu a fy meddyg teulu.',
};
