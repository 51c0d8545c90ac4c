/**
 * The source documents the portal's facts come from (kept in the project so the
 * build never needs the seeds folder). Frontmatter `sources` names them by id.
 */
export const sourceDocuments = {
  'local-account-2024': {
    title: 'Adult social care in Leicester 2024: your care and support local account',
    publisher: 'Leicester City Council',
  },
  'cqc-assessment-2025': {
    title: 'Leicester City Council: local authority assessment (published 16 July 2025)',
    publisher: 'Care Quality Commission',
  },
  'county-scrutiny-2025-01': {
    title: 'Adults and Communities Overview and Scrutiny Committee, 20 January 2025',
    publisher: 'Leicestershire County Council',
  },
  'city-scrutiny-2025-03': {
    title: 'Adult Social Care Scrutiny Commission, 13 March 2025',
    publisher: 'Leicester City Council',
  },
  'county-strategy-2025': {
    title: 'Draft Adults and Communities Strategy 2025-2029',
    publisher: 'Leicestershire County Council',
  },
  'care-act-2014': {
    title: 'Care Act 2014 and the Care and Support (Eligibility Criteria) Regulations 2015',
    publisher: 'UK Parliament',
  },
  'charging-regulations': {
    title: 'Care and Support (Charging and Assessment of Resources) Regulations 2014, and the Care and support statutory guidance (annex on capital limits)',
    publisher: 'Department of Health and Social Care',
  },
  'easy-read-guidance': {
    title: 'Making written information easier to understand for people with learning disabilities',
    publisher: 'UK Government (Office for Disability Issues)',
  },
} as const;

export type SourceId = keyof typeof sourceDocuments;
export const sourceIds = Object.keys(sourceDocuments) as [SourceId, ...SourceId[]];
