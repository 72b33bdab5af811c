// Action lines as people say them at the demo family's review (Wednesday 25 November 2026; next
// meeting 13 January 2027), with who, what and by when the reader should find — or what it must not guess.
export interface CorpusLine {
  line: string;
  /** Full name of the person on the record who owns it; undefined when no one should be chosen. */
  owner?: string;
  /** The name kept as said, for someone not on the record ("Uncle Dave"). */
  ownerName?: string;
  /** The service, when only a service was named. */
  agency?: string;
  what: string;
  date?: string;
  /** A problem the reader must report (part of the message). */
  problem?: RegExp;
  /** Read against the family with a second Sarah on the team. */
  twoSarahs?: boolean;
}

export const CORPUS: CorpusLine[] = [
  // ---- Clear lines: one person, one thing, one date
  { line: "Sarah (school nurse) to refer Jay to the children's mental health service by next Friday", owner: 'Sarah Khan', what: "Refer Jay to the children's mental health service", date: '2026-12-04' },
  { line: "Mum to ring the GP about Mia's cough by Friday", owner: 'Dawn Fletcher', what: "Ring the GP about Mia's cough", date: '2026-11-27' },
  { line: 'Nan to take Mia to the dentist before half term', owner: 'Pat Fletcher', what: 'Take Mia to the dentist', date: '2027-02-12' },
  { line: 'Gran to pick Jay up from school on Tuesdays and Thursdays until the end of term', owner: 'Pat Fletcher', what: 'Pick Jay up from school on Tuesdays and Thursdays', date: '2026-12-18' },
  { line: 'School to chase the CAMHS referral in two weeks', owner: 'Tom Price', what: 'Chase the CAMHS referral', date: '2026-12-09' },
  { line: "Tom to share Jay's attendance with Dawn every Friday until the next meeting", owner: 'Tom Price', what: "Share Jay's attendance with Dawn every Friday", date: '2027-01-13' },
  { line: "Housing to fix the damp in the children's bedroom by 18 December", owner: 'Grace Okafor', what: "Fix the damp in the children's bedroom", date: '2026-12-18' },
  { line: 'Grace will book the damp survey within 10 working days', owner: 'Grace Okafor', what: 'Book the damp survey', date: '2026-12-09' },
  { line: 'Lena to help Dawn apply for free school meals by the 4th', owner: 'Lena Nowak', what: 'Help Dawn apply for free school meals', date: '2026-12-04' },
  { line: "The health visitor to visit at home to talk about Mia's sleep Monday week", owner: 'Rhys Evans', what: "Visit at home to talk about Mia's sleep", date: '2026-12-07' },
  { line: 'Rhys to send Dawn the sleep leaflet tomorrow', owner: 'Rhys Evans', what: 'Send Dawn the sleep leaflet', date: '2026-11-26' },
  { line: "Dawn to try the Time for Me parents' group by 15 December", owner: 'Dawn Fletcher', what: "Try the Time for Me parents' group", date: '2026-12-15' },
  { line: 'Mr Price to set up a lunchtime club for Jay by Monday week', owner: 'Tom Price', what: 'Set up a lunchtime club for Jay', date: '2026-12-07' },
  { line: 'Ms Khan to ask the GP for the headache letter by 4/12', owner: 'Sarah Khan', what: 'Ask the GP for the headache letter', date: '2026-12-04' },
  { line: 'Lena Nowak to visit Dawn at home in a fortnight', owner: 'Lena Nowak', what: 'Visit Dawn at home', date: '2026-12-09' },
  { line: 'Family support worker to go with Dawn to the housing office by 11/12', owner: 'Lena Nowak', what: 'Go with Dawn to the housing office', date: '2026-12-11' },
  { line: "Dawn will book Mia's eye test by the end of the month", owner: 'Dawn Fletcher', what: "Book Mia's eye test", date: '2026-11-30' },
  { line: "Pat to bring Mia's red book to the next meeting", owner: 'Pat Fletcher', what: "Bring Mia's red book to the next meeting", date: '2027-01-13' },
  { line: 'Tom to report back on the lunchtime club at the next meeting', owner: 'Tom Price', what: 'Report back on the lunchtime club', date: '2027-01-13' },
  { line: 'Grace: send Dawn a copy of the repair order by 2/12', owner: 'Grace Okafor', what: 'Send Dawn a copy of the repair order', date: '2026-12-02' },
  { line: 'By Friday, Tom to send Dawn the attendance figures', owner: 'Tom Price', what: 'Send Dawn the attendance figures', date: '2026-11-27' },
  { line: 'Sarah Khan to see Jay in school about his headaches within 5 working days', owner: 'Sarah Khan', what: 'See Jay in school about his headaches', date: '2026-12-02' },
  { line: 'The school nurse to weigh and measure Mia at nursery by 6/52', owner: 'Sarah Khan', what: 'Weigh and measure Mia at nursery', date: '2027-01-06' },
  { line: "Rhys to review Mia's sleep diary in 6/52", owner: 'Rhys Evans', what: "Review Mia's sleep diary", date: '2027-01-06' },
  { line: 'Lena to find a holiday activity place for Jay before the Christmas holidays', owner: 'Lena Nowak', what: 'Find a holiday activity place for Jay', date: '2026-12-18' },
  { line: 'Dawn to fill in the free school meals form with Lena by Wednesday', owner: 'Dawn Fletcher', what: 'Fill in the free school meals form with Lena', date: '2026-12-02' },
  { line: "Tom to tell Dawn how Jay's week went every Friday until the end of term", owner: 'Tom Price', what: "Tell Dawn how Jay's week went every Friday", date: '2026-12-18' },
  { line: 'Pat to have the children on Saturday so Dawn can rest', owner: 'Pat Fletcher', what: 'Have the children so Dawn can rest', date: '2026-11-28' },
  { line: "Tom to write to Dawn about the parents' evening by the 10th", owner: 'Tom Price', what: "Write to Dawn about the parents' evening", date: '2026-12-10' },
  { line: "Sarah to refer Mia to the children's audiology clinic by the end of next week", owner: 'Sarah Khan', what: "Refer Mia to the children's audiology clinic", date: '2026-12-04' },
  { line: 'Mum to take Jay to the optician on 14 December', owner: 'Dawn Fletcher', what: 'Take Jay to the optician', date: '2026-12-14' },
  { line: "Rhys to check Mia's cough at the next home visit by 16/12", owner: 'Rhys Evans', what: "Check Mia's cough at the next home visit", date: '2026-12-16' },
  { line: 'Lena to check in with Dawn by phone next week', owner: 'Lena Nowak', what: 'Check in with Dawn by phone', date: '2026-12-04' },
  { line: 'Lead professional to update the plan and send it to everyone by 4 December', owner: 'Tom Price', what: 'Update the plan and send it to everyone', date: '2026-12-04' },
  { line: "Dawn: book Mia's eye test by 14/12", owner: 'Dawn Fletcher', what: "Book Mia's eye test", date: '2026-12-14' },
  { line: 'Mia to go to nursery on time every day this week', owner: 'Mia Fletcher', what: 'Go to nursery on time every day', date: '2026-11-27' },
  { line: 'Lena to visit weekly from Monday and finish by 18 December', owner: 'Lena Nowak', what: 'Visit weekly from Monday and finish', date: '2026-12-18' },
  { line: 'Pat to help Dawn with the morning routine over half term', owner: 'Pat Fletcher', what: 'Help Dawn with the morning routine', date: '2027-02-19' },
  { line: "Sarah to send the referral to the children's mental health service within a fortnight", owner: 'Sarah Khan', what: "Send the referral to the children's mental health service", date: '2026-12-09' },
  { line: 'Dawn to register the children with a dentist by the end of January', owner: 'Dawn Fletcher', what: 'Register the children with a dentist', date: '2027-01-31' },
  { line: 'The housing officer to confirm the repair date in writing by Monday 7 December', owner: 'Grace Okafor', what: 'Confirm the repair date in writing', date: '2026-12-07' },
  { line: 'Tom to arrange a meeting with the SENCO before the end of term', owner: 'Tom Price', what: 'Arrange a meeting with the SENCO', date: '2026-12-18' },
  { line: 'HV to show Dawn the bedtime routine by next Thursday', owner: 'Rhys Evans', what: 'Show Dawn the bedtime routine', date: '2026-12-03' },
  { line: 'Greenfield to set up a quiet space for Jay by Monday', owner: 'Tom Price', what: 'Set up a quiet space for Jay', date: '2026-11-30' },
  { line: 'Northshire Homes to send a surveyor by the 4th', owner: 'Grace Okafor', what: 'Send a surveyor', date: '2026-12-04' },
  { line: "Jay's mum to sign the consent form for the referral by Friday week", owner: 'Dawn Fletcher', what: 'Sign the consent form for the referral', date: '2026-12-04' },
  { line: "Dawn's mum to come to the next meeting", owner: 'Pat Fletcher', what: 'Come to the next meeting', date: '2027-01-13' },
  { line: '- Tom to book the hall for the family learning session by 9.12.26', owner: 'Tom Price', what: 'Book the hall for the family learning session', date: '2026-12-09' },
  { line: 'Action: Lena to send Dawn the holiday club dates within 3 working days.', owner: 'Lena Nowak', what: 'Send Dawn the holiday club dates', date: '2026-11-30' },
  { line: "Refer Jay to the school counsellor – Tom", owner: 'Tom Price', what: 'Refer Jay to the school counsellor', problem: /No date was said/ },
  { line: 'Jay to bring his reading book to school every day', owner: 'Jay Fletcher', what: 'Bring his reading book to school every day', problem: /No date was said/ },
  { line: "Dawn to ring Northshire Homes every Monday until the repair is done", owner: 'Dawn Fletcher', what: 'Ring Northshire Homes every Monday until the repair is done', problem: /No date was said/ },
  { line: 'Grace to bring the repair schedule to the review', owner: 'Grace Okafor', what: 'Bring the repair schedule to the review', date: '2027-01-13' },

  { line: 'mum to ring gp by fri', owner: 'Dawn Fletcher', what: 'Ring gp', date: '2026-11-27' },
  { line: 'Rhys to phone Dawn on weds', owner: 'Rhys Evans', what: 'Phone Dawn', date: '2026-12-02' },
  { line: "Ask the GP for Jay's headache letter (Sarah)", owner: 'Sarah Khan', what: "Ask the GP for Jay's headache letter", problem: /No date was said/ },

  { line: 'Dawn to take Mia to the GP appointment on Thurs 3rd Dec', owner: 'Dawn Fletcher', what: 'Take Mia to the GP appointment', date: '2026-12-03' },
  { line: 'Grace to inspect the bedroom ceiling within the next 5 working days', owner: 'Grace Okafor', what: 'Inspect the bedroom ceiling', date: '2026-12-02' },
  { line: 'Tom to send the minutes to everyone within 5 working days of the meeting', owner: 'Tom Price', what: 'Send the minutes to everyone', date: '2026-12-02' },
  { line: 'Pat (Nan) to come to the next meeting on 13 January', owner: 'Pat Fletcher', what: 'Come to the next meeting', date: '2027-01-13' },
  { line: 'Tom to invite the educational psychologist to the next TAF', owner: 'Tom Price', what: 'Invite the educational psychologist to the next TAF', date: '2027-01-13' },
  { line: 'Sarah said she would chase the paediatric referral by the end of the week', owner: 'Sarah Khan', what: 'Chase the paediatric referral', date: '2026-11-27' },
  { line: 'Grace has agreed to get the mould treated before Christmas', owner: 'Grace Okafor', what: 'Get the mould treated', date: '2026-12-24' },
  { line: 'Rhys - weigh Mia and review her cough, 2/12', owner: 'Rhys Evans', what: 'Weigh Mia and review her cough', date: '2026-12-02' },
  { line: 'Dawn agreed to keep a sleep diary for Mia for two weeks', owner: 'Dawn Fletcher', what: 'Keep a sleep diary for Mia', date: '2026-12-09' },

  // ---- Lines it must not guess at: who
  { line: 'Refer Jay to CAMHS', what: 'Refer Jay to CAMHS', problem: /No one is named/ },
  { line: 'Chase the housing repair by Friday', what: 'Chase the housing repair', date: '2026-11-27', problem: /No one is named/ },
  { line: 'CAMHS to offer Jay an appointment by Christmas', agency: 'the children’s mental health service', what: 'Offer Jay an appointment', date: '2026-12-24', problem: /No one from the children’s mental health service is on the team/ },
  { line: "The GP to review Mia's cough by 9 December", agency: '“GP”', what: "Review Mia's cough", date: '2026-12-09', problem: /No one from “GP”/ },
  { line: 'Health to arrange a hearing test for Jay by the end of term', what: 'Arrange a hearing test for Jay', date: '2026-12-18', problem: /could be Sarah Khan \(School nurse\) or Rhys Evans \(Health visitor\)/ },
  { line: 'Everyone to read the family plan by Friday', what: 'Read the family plan', date: '2026-11-27', problem: /one person/ },
  { line: "Mum and Nan to visit the children's centre together next week", what: "Visit the children's centre together", date: '2026-12-04', problem: /More than one person is named \(Dawn Fletcher and Pat Fletcher\)/ },
  { line: "Sarah and Tom to meet about Jay's headaches by 9/12", what: "Meet about Jay's headaches", date: '2026-12-09', problem: /More than one person/ },
  { line: 'Ms Fletcher to bring Mia’s red book on Friday', what: 'Bring Mia’s red book', date: '2026-11-27', problem: /could be Dawn Fletcher \(Mother\) or Pat Fletcher/ },
  { line: 'Sarha to send the referral by Monday', ownerName: 'Sarha', what: 'Send the referral', date: '2026-11-30', problem: /Did you mean Sarah Khan/ },
  { line: 'I will send the minutes out by Friday', what: 'Send the minutes out', date: '2026-11-27', problem: /Choose the person by name/ },
  { line: "Sarah to refer Jay to the children's mental health service by next Friday", what: "Refer Jay to the children's mental health service", date: '2026-12-04', problem: /could be Sarah Khan \(School nurse\) or Sarah Jones \(Speech and language therapist\)/, twoSarahs: true },
  { line: "Sarah (school nurse) to refer Jay to the children's mental health service by next Friday", owner: 'Sarah Khan', what: "Refer Jay to the children's mental health service", date: '2026-12-04', twoSarahs: true },
  { line: 'Sarah K to send the referral by Friday', owner: 'Sarah Khan', what: 'Send the referral', date: '2026-11-27', twoSarahs: true },
  { line: 'Sarah J to assess Mia’s speech at nursery by the end of January', owner: 'Sarah Jones', what: 'Assess Mia’s speech at nursery', date: '2027-01-31', twoSarahs: true },

  { line: 'Tom and Lena to plan the next meeting agenda', what: 'Plan the next meeting agenda', problem: /More than one person is named \(Tom Price and Lena Nowak\)/ },
  { line: "Mia's nursery to share her progress report by the end of next week", agency: 'nursery', what: 'Share her progress report', date: '2026-12-04', problem: /No one from nursery is on the team/ },
  { line: 'Pat sat with Jay to read by Friday', what: 'Pat sat with Jay to read', date: '2026-11-27', problem: /No one is named/ },

  // ---- People not on the record, kept as said
  { line: 'Uncle Dave to take Jay to football on Saturday mornings', ownerName: 'Uncle Dave', what: 'Take Jay to football on Saturday mornings', problem: /No date was said/ },
  { line: "Kelly (Dawn's friend) to drive Dawn to the housing office on 3 December", ownerName: 'Kelly', what: 'Drive Dawn to the housing office', date: '2026-12-03' },
  { line: 'Grandad to collect Jay from football by 6pm Friday', ownerName: 'Grandad', what: 'Collect Jay from football', date: '2026-11-27' },

  { line: "Dawn's friend Kelly to mind Mia on Thursday", ownerName: "Dawn's friend Kelly", what: 'Mind Mia', date: '2026-11-26' },

  // ---- Lines it must not guess at: when
  { line: 'Tom to ring Dawn soon', owner: 'Tom Price', what: 'Ring Dawn', problem: /“soon” does not give a date/ },
  { line: 'Sarah to ring Dawn ASAP about the appointment letter', owner: 'Sarah Khan', what: 'Ring Dawn about the appointment letter', problem: /“ASAP”/ },
  { line: 'Lena to look at holiday clubs when possible', owner: 'Lena Nowak', what: 'Look at holiday clubs', problem: /“when possible”/ },
  { line: 'Rhys to visit in January', owner: 'Rhys Evans', what: 'Visit', problem: /does not say which day/ },
  { line: 'Grace to sort the repair by next week', owner: 'Grace Okafor', what: 'Sort the repair', problem: /this week or some time next week/ },
  { line: 'Tom to arrange for Jay to sit with Sam in the dinner hall from Monday', owner: 'Tom Price', what: 'Arrange for Jay to sit with Sam in the dinner hall from Monday', problem: /says when this starts/ },
  { line: 'Tom to phone Dawn on Monday and again on 14 December', owner: 'Tom Price', what: 'Phone Dawn on Monday and again on 14 December', problem: /more than one date \(30 November 2026 and 14 December 2026\)/ },
  { line: 'Rhys Evans (health visitor) will arrange a 2 year check for Mia in January', owner: 'Rhys Evans', what: 'Arrange a 2 year check for Mia', problem: /“in January” does not say which day/ },
  { line: 'Pat offered to do the school run on Mondays as well from next week', owner: 'Pat Fletcher', what: 'Do the school run on Mondays as well from next week', problem: /says when this starts/ },
  { line: 'Jay to tell Mr Price when he feels worried at lunchtime', owner: 'Jay Fletcher', what: 'Tell Mr Price when he feels worried at lunchtime', problem: /No date was said/ },
];
