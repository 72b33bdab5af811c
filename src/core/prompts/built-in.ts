// The built-in chair prompts, used when templates/prompts.json is missing or broken. Read-aloud
// lines are short and plain (reading age about 9); chair lines are private reminders.
import type { Prompts } from './schema';

export const BUILT_IN_PROMPTS: Prompts = {
  about:
    'Chair prompts. For each agenda item key: "say" lines are read aloud to everyone (short, plain sentences for a reading age of about 9); "chair" lines are private reminders. "first", "review" or "closing" can replace them at that kind of meeting. Placeholders: {teamName}, {teamShort}, {planName}, {keyPerson}, {childNames}, {familyNames}, {leadProfessional}, {authorityName}; write {PlanName} for a capital letter. Situations also use {name}, {count}, {owner}, {action}, {outcome}, {maxActions}, {missed}, {previous}.',
  guidance: {
    first:
      'At a first meeting, everyone meets the family, hears what is going well and what is hard, agrees what should be different, and agrees who will do what by when.',
    review:
      'At a review, you go through last time’s actions one by one, ask the family if things are better, agree new actions and fix the next meeting before anyone leaves.',
    closing:
      'At a closing meeting, you look back at what has changed, agree what will keep things going, and make sure the family knows who to go to if things get hard again.',
  },
  items: {
    welcome: {
      say: [
        'Thank you for coming. We are here to work with you, not to judge anyone.',
        'We will talk about what is going well, what is hard, and what we will all do next.',
        'Everyone gets a say. If anyone uses a word you do not know, please stop us and ask.',
        'We will write down what we agree, and you will get a copy.',
      ],
      chair: [
        'Check the family feels able to take part today. If not, ask what would help, or offer another day.',
        'Say who will get the notes and the {planName}, and check the family is happy with that.',
        'Check whether the family asked for any service not to be sent information.',
      ],
      first: {
        say: [
          'Thank you for coming. This is the first time we have all met together.',
          'We are here to work with you, not to judge anyone.',
          'We will talk about what is going well, what is hard, and what we will all do next.',
          'Everyone gets a say. If anyone uses a word you do not know, please stop us and ask.',
          'We will write down what we agree, and you will get a copy.',
        ],
      },
    },
    introductions: {
      say: [
        'Let us go round and say who we are.',
        'Please say your name, where you work, and what you can help with, in a few words.',
      ],
      chair: [
        'Say who sent apologies, who sent a written update, and who could not come.',
        'Introduce {leadProfessional} as the family’s {keyPerson}: the person to call between meetings.',
        'Ask people to say short forms in full the first time, and to say what their service does.',
      ],
    },
    'family-view': {
      say: ['{FamilyNames}, we would like to hear from you first.', 'How are things at home? What would you like to change?'],
      chair: [
        'Write down what they say in their own words. Do not tidy it up.',
        'Do not make the family tell painful things again. Say what you know already and let them add to it.',
        'Explain why you ask about money, housing or health before you ask.',
      ],
      review: {
        say: ['{FamilyNames}, we would like to hear from you first.', 'How have things been since we last met? What have you noticed?'],
      },
      closing: {
        say: ['{FamilyNames}, we would like to hear from you first.', 'What has changed since we started meeting? What feels different now?'],
      },
    },
    'child-view': {
      say: ['What do you think about how things are going?', 'What would you like to happen next?'],
      chair: [
        'If a child is not here, read out what they told you, or say how they were asked.',
        'Write down the child’s own words.',
      ],
    },
    'gone-well': {
      say: ['What has gone well? Let us start with the good things, big or small.'],
      chair: ['Ask each person for one thing that has gone well.', 'Look again at what was going well last time.'],
      review: { say: ['What has gone well since we last met? Let us start with the good things, big or small.'] },
    },
    worries: {
      say: ['What is worrying you most right now?', 'We are not here to blame anyone. We want to find out what would help.'],
      chair: [
        'Look again at last time’s worries. Are they better, the same or worse?',
        'Write worries in the family’s own words where you can.',
        'If anyone is worried that a child is not safe, follow your safeguarding steps today.',
      ],
    },
    'review-actions': {
      say: [
        'Let us go through what we each said we would do last time, one at a time.',
        'For each one, we will say if it is done, partly done, or not done yet.',
      ],
      chair: [
        'Ask whether it happened, not only whether it was agreed.',
        'If the person who said they would do it is not here, ask if they sent an update, and agree who will check with them.',
      ],
    },
    'action-review': {
      say: ['We agreed: {action}. {Owner} was doing this. What happened?'],
      chair: ['Is it done, partly done, not done, or no longer needed? If it is not done, ask what got in the way.'],
    },
    outcomes: {
      say: [
        'We agreed what we want to be different. For each one, we will ask: is this better for you?',
        'Give it a score from 0 to 10. 10 means as good as it could be.',
      ],
      chair: [
        'Ask the family first, then the team. No change and worse are fine answers.',
        'Even when every action is done, things may not feel better. Ask what else would help.',
      ],
      first: {
        say: [
          'Let us agree what we want to be different for {childNames}.',
          'For each one, how are things now? Give it a score from 0 to 10. 10 means as good as it could be.',
        ],
        chair: ['Write each outcome as what will be different for the child, not as a service.'],
      },
    },
    'outcome-review': {
      say: ['We said: {outcome}. Is this better for you? What score from 0 to 10 would you give it now?'],
      chair: ['Write down what the family says in their own words. Then ask the team for their score.'],
    },
    'missing-from-team': {
      say: ['Is someone missing from this team who could help? Think of help with money, a home or health.'],
      chair: ['Think about people the family trusts, such as a grandparent or a friend.'],
    },
    'new-actions': {
      say: [
        'Now let us agree who will do what, and by when.',
        'For each job, we will say who will do it, what they will do, and the date.',
        'How will we know it is done?',
      ],
      chair: [
        'Every action needs a named person and a date, not just a service.',
        'Ask what the family will do, and what help they need to do it.',
        'Keep the {planName} short. Families tell us a long list is hard to hold.',
      ],
    },
    realistic: {
      say: ['Is this plan realistic? Is there too much to do before we meet again?', 'Is there anything this team cannot do? We will say so honestly.'],
      chair: ['Check the plan will not mean a child misses school for appointments.'],
    },
    'next-meeting': {
      say: ['Let us fix the next meeting now: the day, the time and the place.', 'Where would you like to meet? Does this time work for you?'],
      chair: ['Set the next meeting before anyone leaves.', 'Check the family can get there, and that the time fits around school.'],
    },
    closing: {
      say: [
        'Thank you, everyone. I will read back what we agreed.',
        '{LeadProfessional} is your {keyPerson}. Call them if things change before we meet again.',
        'You will get a copy of the {planName}.',
      ],
      chair: [
        'Check everyone has had their say, the family and child too.',
        'Agree how the family will get the {planName}, and by when.',
        'Write down any views that differ, rather than hiding them.',
      ],
      closing: {
        say: [
          'Thank you, everyone. This is our last meeting as a team.',
          'If things get hard again, you can still ask for help.',
          'You will get a copy of what we agreed today.',
        ],
      },
    },
    'keep-going': {
      say: ['What will help things keep going well once we stop meeting?'],
      chair: ['Agree who the family can still go to, such as the school or the health visitor.'],
    },
    'if-things-get-hard': {
      say: ['If things get hard again, who can you go to? Let us write down their names and how to reach them.'],
      chair: ['Make sure the family has at least one name and phone number to take away.'],
    },
    feedback: {
      say: ['What helped you, and what did not? Your answer helps us get better.'],
      chair: ['Ask the child too, in their own way.'],
    },
  },
  situations: {
    'family-absent': {
      chair: 'The family isn’t here. How are their views being brought in? How will they get the {planName}?',
      say: '{FamilyNames} could not be here today. We will share what they told us, and they will get a copy of the {planName}.',
    },
    'family-not-coming': {
      chair: 'No one from the family has come to the last {count} meetings. Is the time or place right for them? Ask {leadProfessional} to talk with them about what would help.',
      followUp: 'Talk with {familyNames} about what would make it easier to come to meetings',
    },
    'repeated-non-attendance': {
      chair: '{name} has missed the last {count} meetings ({missed}). Consider following up, and ask for a written update before the next meeting.',
      followUp: 'Contact {name} about coming to the next meeting, or sending a written update before it',
    },
    'written-updates-only': {
      chair: '{name} has sent written updates but has not come to the last {count} meetings. Is a written update enough, or does the team need them here?',
    },
    'no-reply': {
      chair: '{name} has not replied to the last {count} invitations. Who will phone them?',
      followUp: 'Phone {name} to check they got the invitation',
    },
    'too-many-actions': {
      chair:
        'The {planName} now has {count} actions. Local guidance says families cannot hold more than {maxActions}. Could some wait, be joined up, or be done by the team instead?',
    },
    'owner-not-here': {
      chair: '{Owner} is not here — confirm this action with them. Who will check with them, and by when?',
      followUp: 'Check with {owner} that they can do this: {action}',
    },
    'carried-over': {
      chair: 'This action has been carried over {count} times. What is getting in the way? Does it need someone else, or is it still needed?',
    },
    'done-not-better': {
      chair: 'All the actions for “{outcome}” are done, but the family says it is no better. What else would help?',
    },
    'fewer-came': {
      chair: 'Fewer people came this time ({count}, down from {previous}). Tell the family who is still helping, and how the news from those who could not come was shared.',
      say: 'Not everyone could come today. They are still helping, and we will share what they told us.',
    },
  },
};
