import { msg, str } from '../../core/locale.js';
import type { ChartColumn } from '../../schemas/one-page-profile.js';
import type { ProfileList } from './one-page-profile.state.js';

/** Words the form and the profile page share, in the current locale. */

export const profileTitle = () => msg('One-page profile', { id: 'opp.title' });

export const listTitle = (list: ProfileList): string =>
  list === 'likedAndAdmired'
    ? msg('What people like and admire about me', { id: 'opp.liked.title' })
    : list === 'importantToMe'
      ? msg('What is important to me', { id: 'opp.important.title' })
      : list === 'howToSupportMe'
        ? msg('How best to support me', { id: 'opp.support.title' })
        : msg('How I communicate', { id: 'opp.chart.title' });

/** Questions that help a person think of what to write. Hints, never answers. */
export const listPrompt = (list: ProfileList): string =>
  list === 'likedAndAdmired'
    ? msg('What do people thank you for? What do your friends and family say they like about you?', { id: 'opp.liked.prompt' })
    : list === 'importantToMe'
      ? msg('What makes a good day for you? Who and what matter most to you?', { id: 'opp.important.prompt' })
      : list === 'howToSupportMe'
        ? msg('What helps when you are worried or upset? What should people always do, or never do?', { id: 'opp.support.prompt' })
        : msg(
            'How you show what you feel or need. For example: when there is a loud noise, I cover my ears; it means I am frightened; so we should go somewhere quiet.',
            { id: 'opp.chart.prompt' },
          );

export const addLabel = (list: ProfileList): string =>
  list === 'communication'
    ? msg('Add a row to the chart', { id: 'opp.chart.add' })
    : msg('Add a statement', { id: 'opp.statement.add' });

export const columnLabel = (column: ChartColumn): string =>
  column === 'whatIsHappening'
    ? msg('What is happening', { id: 'opp.chart.happening' })
    : column === 'whatIDo'
      ? msg('What I do', { id: 'opp.chart.i-do' })
      : column === 'weThinkItMeans'
        ? msg('We think it means', { id: 'opp.chart.means' })
        : msg('We should', { id: 'opp.chart.should' });

/** The name of one item as a person reads it, for its label and its buttons: "Statement 2", "Row 1". */
export const itemName = (list: ProfileList, number: number): string =>
  list === 'communication' ? msg(str`Row ${number}`, { id: 'opp.row.name' }) : msg(str`Statement ${number}`, { id: 'opp.statement.name' });

export const helpedByLabel = () => msg('Who helped write this profile?', { id: 'opp.helped-by.label' });
export const sharedWithLabel = () => msg('Who are you happy to see this profile?', { id: 'opp.shared-with.label' });
export const writtenWithLabel = () => msg('Written with', { id: 'opp.written-with' });
export const seenByLabel = () => msg('Shared with', { id: 'opp.shared-with' });
export const lastUpdatedLabel = () => msg('Last updated', { id: 'opp.last-updated' });
