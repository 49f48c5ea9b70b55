import { AppShell, Burger, Button, Group, Skeleton, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { useLocation, useRouteContext } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useAuth } from 'react-oidc-context';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '@/components/LanguageSwitch';
import { AnchorLink, NavLinkLink } from '@/components/links';
import { useMe } from '@/lib/api/me';
import { navItemsFor, type NavItem } from './nav';

function isActive(item: NavItem, pathname: string): boolean {
  return item.to === '/' ? pathname === '/' : pathname === item.to || pathname.startsWith(`${item.to}/`);
}

/** Header, role-dependent navigation (a drawer behind the burger on phones), and the page. */
export function AppShellLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const auth = useAuth();
  const me = useMe();
  const queryClient = useQueryClient();
  const pathname = useLocation({ select: (location) => location.pathname });

  const entries = useRouteContext({ from: '__root__', select: (context) => context.nav });
  const items = navItemsFor(me.data ?? { roles: [] }, entries);
  const displayName = me.data?.name ?? auth.user?.profile.name;

  const logout = () => {
    queryClient.clear();
    void auth.signoutRedirect();
  };

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding={{ base: 'md', sm: 'lg' }}
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.toggle')} />
            <AnchorLink to="/" underline="never" c="inherit" fw={700} fz="lg" onClick={close}>
              {t('app.title')}
            </AnchorLink>
          </Group>
          {displayName && (
            <Text size="sm" visibleFrom="xs" truncate maw={240}>
              {displayName}
            </Text>
          )}
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="sm" aria-label={t('nav.label')}>
        <AppShell.Section grow>
          {me.isPending ? (
            <Stack gap="xs" aria-hidden>
              <Skeleton h={36} />
              <Skeleton h={36} />
              <Skeleton h={36} />
            </Stack>
          ) : (
            items.map((item) => (
              <NavLinkLink
                key={item.to}
                to={item.to}
                activeOptions={{ exact: item.to === '/', includeSearch: false }}
                label={t(item.labelKey)}
                active={isActive(item, pathname)}
                onClick={close}
              />
            ))
          )}
        </AppShell.Section>
        <AppShell.Section>
          <Stack gap="sm" pt="sm" style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}>
            <LanguageSwitch fullWidth />
            <Button variant="default" onClick={logout} loading={auth.activeNavigator === 'signoutRedirect'}>
              {t('nav.logout')}
            </Button>
          </Stack>
        </AppShell.Section>
      </AppShell.Navbar>

      <AppShell.Main>{children}</AppShell.Main>
    </AppShell>
  );
}
