import { chartRowSchema, photoSchema, statementSchema } from './one-page-profile.js';
import { envelopeDocs, type RecordDocs } from './record-docs.js';

const statementsOf = (section: string) =>
  `${section}, in the person’s own voice: 1 to 20 short statements, in the order the person chose.`;

export const onePageProfileDocs: RecordDocs = {
  title: 'msp.one-page-profile record',
  description:
    'A one-page profile, in the person’s own voice: the name they like to be called, an optional photo with words ' +
    'that describe it, what people like and admire about them, what is important to them, how best to support them, ' +
    'an optional communication chart, who helped write it and who the person agrees may see it. recordedAt is when it ' +
    'was last updated.',
  defs: {
    Statement: statementSchema,
    Photo: photoSchema,
    ChartRow: chartRowSchema,
  },
  fields: {
    record: {
      ...envelopeDocs,
      name: 'The name the person likes to be called, up to 100 characters, not only white space.',
      photo: 'A photo of the person, with words that describe it. Optional.',
      likedAndAdmired: statementsOf('What people like and admire about the person'),
      importantToMe: statementsOf('What is important to the person'),
      howToSupportMe: statementsOf('How best to support the person'),
      communication:
        'The communication chart, up to 10 rows: what is happening, what the person does, what others think it means, ' +
        'and what they should do. Optional; may be empty.',
      helpedBy: 'Who helped write the profile, up to 500 characters.',
      sharedWith: 'Who the person agrees may see the profile, in their words: 1 to 500 characters, not only white space.',
    },
    Statement: {
      id: 'Stable for the life of the statement; unique within its section.',
      text: 'The statement, in the first person (“I love …”): 1 to 300 characters, not only white space.',
    },
    Photo: {
      src:
        'The image: a base64 data URL of a PNG, JPEG, GIF or WebP image (data:image/jpeg;base64,…), or an https URL ' +
        'given by the host, up to 150,000 characters. The elements never fetch it themselves.',
      alt:
        'Words that describe the photo for someone who cannot see it: 1 to 300 characters, not only white space. ' +
        'Required whenever there is a photo.',
    },
    ChartRow: {
      id: 'Stable for the life of the row; unique within the chart.',
      whatIsHappening: 'What is happening: 1 to 300 characters, not only white space.',
      whatIDo: 'What the person does: 1 to 300 characters, not only white space.',
      weThinkItMeans: 'What others think it means: 1 to 300 characters, not only white space.',
      weShould: 'What others should do: 1 to 300 characters, not only white space.',
    },
  },
};
