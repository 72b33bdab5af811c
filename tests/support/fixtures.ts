// Realistic inputs for tests: a family as a lead professional would enter it.
export function familyInput(reference = 'EH-2026-0201') {
  return {
    reference,
    children: [
      { firstName: 'Amira', lastName: 'Hassan', dateOfBirth: '2015-09-02', schoolOrSetting: 'Oakfield Primary School' },
      { firstName: 'Yusuf', lastName: 'Hassan', dateOfBirth: '2019-03-17', schoolOrSetting: 'Oakfield Nursery' },
    ],
    members: [
      { name: 'Layla Hassan', relationship: 'mother', parentalResponsibility: true, livesWithChildren: true, phone: '07700 900 123', languages: 'Arabic, English' },
      { name: 'Fatima Hassan', relationship: 'grandparent', relationshipDetail: 'Grandmother, helps after school' },
    ],
    homeLanguages: 'Arabic and English',
    preferences: { preferredVenueKinds: ['family-home'], avoidVenueKinds: ['school'], placesToAvoid: 'Oakfield school office', preferredPlace: '', bestTimes: 'Afternoons' },
  };
}

export function professional(name = 'Priya Shah') {
  return {
    name,
    role: 'Family support worker',
    agency: 'Oakfield Early Help',
    agencyKind: 'early-help',
    phone: '01632 960 555',
    email: 'priya.shah@oakfield.example.gov.uk',
    canHelpWith: 'Visits families at home to help with routines and money worries.',
  };
}
