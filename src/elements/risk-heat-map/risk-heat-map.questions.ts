import { msg, str } from '../../core/locale.js';

/** The questions asked of each activity, shared by the form and its summary so both say the same. */

export const itemHeading = (number: number) => msg(str`Activity ${number}`, { id: 'rhm.item.heading' });
export const activityQuestion = () => msg('What do you want to do?', { id: 'rhm.activity.label' });
export const benefitQuestion = () => msg('What does it add to your life?', { id: 'rhm.benefit.label' });
export const harmQuestion = () => msg('What could go wrong?', { id: 'rhm.harm-words.label' });
export const placementsHeading = () => msg('Where each person puts it', { id: 'rhm.views.heading' });
export const otherWhoQuestion = () => msg('Who is ‘someone else’?', { id: 'rhm.other-who.label' });
export const agreedWaysQuestion = () =>
  msg('What have you agreed, to keep the good and reduce the harm?', { id: 'rhm.agreed-ways.label' });
export const decisionQuestion = () => msg('What was decided?', { id: 'rhm.decision.label' });
export const madeByQuestion = () => msg('Who decided?', { id: 'rhm.made-by.label' });
export const reviewDateQuestion = () => msg('When will you look at this again?', { id: 'rhm.review-date.label' });
export const itemsHeading = () => msg('Things you want to do', { id: 'rhm.heading' });
