import type { OutcomeCaptureRecord } from '../../src/schemas/outcome-capture.js';

/** Example records, drawn from the case studies in the MSP 2013/14 report. Names are invented. */

export const joyceRecord: OutcomeCaptureRecord = {
  kind: 'msp.outcome-capture',
  version: 2,
  id: '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b',
  caseRef: 'SG-2026-0412',
  subjectRef: 'P-88121',
  recordedAt: '2026-11-18T11:20:00+00:00',
  recordedBy: 'SW-017',
  locale: 'en-GB',
  asked: 'asked-expressed',
  expressedBy: 'person',
  conversation: {
    date: '2026-11-18',
    method: 'face-to-face',
    communicationSupport: ['large-print-or-braille'],
  },
  informationGiven: 'yes',
  capacity: { lacked: 'no' },
  meetingParticipation: 'attends',
  outcomes: [
    {
      id: '0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d',
      words: 'I want to talk to my neighbour myself, so he stops asking me for money.',
      area: 'desired-change',
      firstRecordedAt: '2026-11-11T10:05:00+00:00',
      history: [
        {
          changedAt: '2026-11-18T11:15:00+00:00',
          previousWords: 'I don’t want anything to be done. He is very kind.',
          reason: 'After we talked through the options, Joyce wants to speak to him on her own.',
        },
      ],
    },
    {
      id: '1b2c3d4e-5f60-4b7c-9d8e-9f0a1b2c3d4e',
      words: 'I want him to keep visiting me.',
      area: 'quality-of-life',
      firstRecordedAt: '2026-11-11T10:05:00+00:00',
      history: [],
    },
  ],
};

export const susiRecord: OutcomeCaptureRecord = {
  kind: 'msp.outcome-capture',
  version: 2,
  id: '7a2e3d4c-5b6f-4071-9b8c-0d1e2f3a4b5c',
  caseRef: 'SG-2026-0388',
  recordedAt: '2026-11-20T15:45:00+00:00',
  locale: 'en-GB',
  asked: 'asked-expressed',
  expressedBy: 'person',
  conversation: {
    date: '2026-11-20',
    method: 'meeting',
    communicationSupport: ['easy-read', 'pictures-or-symbols'],
  },
  informationGiven: 'yes',
  capacity: { lacked: 'no' },
  meetingParticipation: 'attends',
  outcomes: [
    {
      id: '2c3d4e5f-6071-4c8d-8e9f-0a1b2c3d4e5f',
      words: 'I want to live somewhere new, away from him, where I feel safe.',
      area: 'desired-change',
      firstRecordedAt: '2026-09-02T14:00:00+01:00',
      history: [
        {
          changedAt: '2026-10-01T14:30:00+01:00',
          previousWords: 'I want to stay with my boyfriend.',
          reason: 'Susi said she still wants to be with him but wants the hurting to stop.',
        },
        {
          changedAt: '2026-11-20T15:40:00+00:00',
          previousWords: 'I want him to treat me differently.',
          reason: 'Susi said he will not change. She decided herself that she wants to leave.',
        },
      ],
    },
    {
      id: '3d4e5f60-7182-4d9e-9f0a-1b2c3d4e5f60',
      words: 'I want to choose who comes to my meetings.',
      area: 'safeguarding-process',
      firstRecordedAt: '2026-09-02T14:00:00+01:00',
      history: [],
    },
    {
      id: '4e5f6071-8293-4eaf-8a1b-2c3d4e5f6071',
      words: 'I want to keep going to my art group on Tuesdays.',
      area: 'quality-of-life',
      firstRecordedAt: '2026-09-02T14:00:00+01:00',
      history: [],
    },
    {
      id: '5f607182-93a4-4fb0-9b2c-3d4e5f607182',
      words: 'I want the police to make him stop.',
      firstRecordedAt: '2026-09-02T14:00:00+01:00',
      history: [],
      withdrawn: {
        withdrawnAt: '2026-11-20T15:42:00+00:00',
        reason: 'Susi said she does not want the police involved now that she is moving.',
      },
    },
  ],
};

export const mrARecord: OutcomeCaptureRecord = {
  kind: 'msp.outcome-capture',
  version: 2,
  id: '8b3f4e5d-6c70-4182-8c9d-1e2f3a4b5c6d',
  caseRef: 'SG-2026-0301',
  recordedAt: '2026-10-04T09:30:00+01:00',
  locale: 'en-GB',
  asked: 'asked-expressed',
  expressedBy: 'advocate',
  conversation: {
    date: '2026-10-03',
    method: 'face-to-face',
    communicationSupport: ['pictures-or-symbols', 'other'],
    communicationSupportOther: 'Speech and language therapist helped with communication after his stroke',
  },
  informationGiven: 'yes',
  capacity: {
    lacked: 'yes',
    decision: 'Where to live, and his money',
    supportProvided: 'yes',
    supportedBy: ['advocate', 'family'],
  },
  meetingParticipation: 'represented',
  outcomes: [
    {
      id: '6071829a-a4b5-4c1d-8d3e-4f5061728394',
      words: 'See my wife and my daughter. Not my son.',
      firstRecordedAt: '2026-10-03T11:00:00+01:00',
      history: [],
    },
    {
      id: '718293a4-b5c6-4d2e-9e4f-50617283a4b5',
      words: 'Somewhere safe where people look after me properly.',
      firstRecordedAt: '2026-10-03T11:00:00+01:00',
      history: [],
    },
  ],
};

/** Asked, but said nothing they wanted: a valid record with no outcomes. */
export const mrsTRecord: OutcomeCaptureRecord = {
  kind: 'msp.outcome-capture',
  version: 2,
  id: '9c4a5f6e-7d81-4293-9dae-2f3a4b5c6d7e',
  caseRef: 'SG-2026-0275',
  recordedAt: '2026-09-14T16:10:00+01:00',
  locale: 'en-GB',
  asked: 'asked-not-expressed',
  conversation: { date: '2026-09-14', method: 'face-to-face', communicationSupport: [] },
  informationGiven: 'yes',
  capacity: { lacked: 'dont-know' },
  meetingParticipation: 'not-yet-known',
  outcomes: [],
};
