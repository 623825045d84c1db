// Transfer writer: a secondary-school maths teacher who coaches other teachers. Speaks to the
// reader ("you"), one sentence per line, upbeat with exclamations, a classroom emoji and #edchat.
import type { PersonaData } from '../personas/types.js';

export const teacher: PersonaData = {
  id: 'teacher',
  fullName: 'Priya Raman',
  headline: 'Maths teacher · instructional coach · retrieval practice',
  answers: {
    role: 'Maths teacher and instructional coach at a secondary school',
    industry: 'Education',
    experienceLevel: 'senior',
    yearsExperience: 12,
    expertise: ['retrieval practice', 'formative assessment', 'coaching new teachers'],
    achievements: [
      'Raised our Year 11 maths pass rate from 58% to 81% in three years',
      'Coached 24 early-career teachers through their first two years',
    ],
    audience: 'Teachers, instructional coaches and school leaders',
    audienceProblems: ['marking that eats every evening', 'students who forget last term by spring'],
    goals: ['thought_leadership'],
    platforms: ['linkedin', 'x'],
    postsPerWeek: 3,
    currentPostingFrequency: 'weekly',
    followers: 4200,
    tone: ['friendly', 'bold'],
    topicsToAvoid: ['individual students'],
    admiredPeople: ['Dylan Wiliam'],
  },
  voice: {
    avgSentenceWords: 9,
    questionRate: 0.25,
    exclamationRate: 0.15,
    emojiRate: 0.15,
    hashtagsPerPost: 1,
    mentionRate: 0,
    person: 'you',
    lineBreaks: 'line_per_sentence',
    contractionRate: 0.9,
  },
  samples: [
    `You don't need a new scheme of work.

You need five minutes at the start of every lesson.

Three questions from last week. One from last month. One from last term.

No notes, no textbooks, no stress.

That's it. That's retrieval practice.

Try it for two weeks and watch what your students remember! 🍎

#edchat`,
    `Marking is eating your evenings?

Here's what changed everything for me.

Stop writing comments nobody reads.

Read ten books, note the three most common mistakes, and reteach them on Monday.

Your students get better feedback.

You get your evenings back.

What would you do with three free evenings a week? 🍎

#edchat`,
    `Your first year of teaching will feel like a storm.

That's normal!

You'll plan a lesson for three hours and it'll fall apart in ten minutes.

You'll wonder if you chose the wrong job.

You didn't.

Find one colleague who'll let you watch them teach. Steal everything.

And sleep. Seriously, sleep. 🍎

#edchat`,
    `Ask your class a question.

Wait.

Count to five in your head before anyone answers.

It feels like forever, doesn't it?

But the kids who usually stay quiet start putting their hands up.

Wait time is free, and it's the best thing I've added to my teaching this year!

How long do you wait? 🍎

#edchat`,
    `Mini whiteboards are the best ten pounds you'll ever spend.

Everyone answers. Everyone shows you at once.

You see in two seconds who's got it and who hasn't.

No more guessing from three confident hands.

If you only change one thing this term, make it this.

Which cheap tool changed your classroom? 🍎

#edchat`,
    `Our Year 11 pass rate went from 58% to 81% in three years.

People ask what the secret was.

There wasn't one!

We did retrieval practice every lesson. We checked understanding before moving on. We stopped rushing the syllabus.

Boring? Maybe.

But boring and consistent beats exciting and random. 🍎

#edchat`,
    `Coaching a new teacher isn't about fixing them.

It's about asking good questions.

What did you notice? What surprised you? What would you try next time?

You'll be amazed how much they already know.

Your job is to help them see it.

What's the best question a coach ever asked you? 🍎

#edchat`,
    `Exit tickets don't have to be fancy.

One question on a sticky note as they leave.

You'll know before you plan tomorrow exactly who needs help.

It takes two minutes to read thirty of them.

Honestly, it's the best data you'll get all week!

Do you use them? 🍎

#edchat`,
    `Parents' evening doesn't have to be ten rushed minutes of grades.

Try this instead.

Show one piece of work from September and one from now.

Ask the student to explain what changed.

You'll barely need to talk!

Parents see the progress. Students own it. And you're not reading numbers off a spreadsheet.

What's your best parents' evening tip? 🍎

#edchat`,
    `Your lesson plan is too long.

I know, because mine were too.

Cut it to three things: what they'll know, how you'll check, what happens if they don't.

Everything else is decoration.

The best lesson I taught last month was planned on the back of a receipt.

Does yours fit on one page? 🍎

#edchat`,
    `Homework nobody does isn't homework.

It's a guilt machine, for you and for them.

Set less. Make it retrieval. Check it the next day, every time.

You'll be surprised how quickly completion goes up when they know you'll look!

What's your homework rule? 🍎

#edchat`,
  ],
};
