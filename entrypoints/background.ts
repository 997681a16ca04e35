import { defineBackground } from 'wxt/utils/define-background';
import { startDataService } from '@/utils/background/data-service';
import { registerContextMenu } from '@/utils/background/context-menu';
import { registerReminders } from '@/utils/background/reminders';
import { startComposerBackground } from '@/utils/background/sites';

export default defineBackground(() => {
  // Stored data: the only writer (utils/background/). Registers its message handlers first.
  startDataService();
  // other background features register here
  startComposerBackground();
  registerContextMenu();
  registerReminders();
});
