import { mergeMessages, type Messages } from '../merge';

// Every area file of one language, merged: the chunk the app loads when Japanese (the default) is in use.
const FILES = import.meta.glob<Messages>('../locales/ja/*.json', { eager: true, import: 'default' });

const messages: Messages = mergeMessages(FILES)['ja'] ?? {};
export default messages;
