import {
  createTheme,
  mergeThemeOverrides,
  type CSSVariablesResolver,
  type MantineThemeComponent,
  type MantineThemeOverride,
  type ModalProps,
  type NotificationProps,
} from '@mantine/core';

// Japanese system fonts first (macOS/iOS, Android/Linux, Windows), then the platform's.
const fontFamily =
  '"Hiragino Sans", "Hiragino Kaku Gothic ProN", "Noto Sans JP", "Noto Sans CJK JP", "Yu Gothic UI", "Yu Gothic", Meiryo, system-ui, sans-serif';

export const theme = createTheme({
  fontFamily,
  headings: { fontFamily, fontWeight: '700' },
  // Kanji and kana need more air between lines than Latin text.
  lineHeights: { xs: '1.6', sm: '1.65', md: '1.75', lg: '1.8', xl: '1.8' },
  primaryColor: 'blue',
  // Shade 8 keeps white text on filled buttons above WCAG AA contrast (4.5:1).
  primaryShade: { light: 8, dark: 6 },
  defaultRadius: 'md',
  // Plain objects, not Modal.extend(): naming a component here would put its code (a
  // modal's portal, focus trap and scroll area) into what the landing page loads.
  components: {
    // Mantine greys a notification's message (gray 6) below 4.5:1 on white.
    Notification: { styles: { description: { color: 'var(--mantine-color-gray-7)' } } } satisfies MantineThemeComponent,
  },
});

/** The theme with the labels Mantine's icon-only buttons lack, in the user's language. */
export function localizedTheme(labels: { close: string }): MantineThemeOverride {
  return mergeThemeOverrides(
    theme,
    createTheme({
      components: {
        Notification: { defaultProps: { closeButtonProps: { 'aria-label': labels.close } } satisfies Partial<NotificationProps> },
        Modal: { defaultProps: { closeButtonProps: { 'aria-label': labels.close } } satisfies Partial<ModalProps> },
      },
    }),
  );
}

/** Mantine's default dimmed, light-variant and error colours are below 4.5:1 on white. */
export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': t.colors.gray[7],
    '--mantine-color-error': t.colors.red[8],
    // The active navigation item and light badges: dark blue on pale blue, hovered or not.
    '--mantine-color-blue-light': t.colors.blue[0],
    '--mantine-color-blue-light-hover': t.colors.blue[1],
    '--mantine-color-blue-light-color': t.colors.blue[9],
    '--mantine-color-red-light-color': t.colors.red[9],
    '--mantine-color-gray-light-color': t.colors.gray[8],
    // ログイン可 and ログイン発行 badges.
    '--mantine-color-teal-light': t.colors.teal[0],
    '--mantine-color-teal-light-color': t.colors.teal[9],
  },
  dark: {},
});
