import { mergeMessages, type Messages } from '../merge';

// Every area file of one language, merged: the chunk the app loads when English is chosen.
const FILES = import.meta.glob<Messages>('../locales/en/*.json', { eager: true, import: 'default' });

const messages: Messages = mergeMessages(FILES)['en'] ?? {};
export default messages;
