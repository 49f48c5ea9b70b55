import { Anchor, type AnchorProps, Button, type ButtonProps, NavLink, type NavLinkProps } from '@mantine/core';
import { createLink } from '@tanstack/react-router';
import type { ComponentPropsWithRef } from 'react';

// Mantine's look, TanStack Router's typed `to`/`params`/`search` and client-side navigation.

type AnchorElProps = Omit<ComponentPropsWithRef<'a'>, 'color' | 'style'>;

export const AnchorLink = createLink((props: AnchorProps & AnchorElProps) => <Anchor {...props} />);

export const ButtonLink = createLink((props: ButtonProps & AnchorElProps) => <Button component="a" {...props} />);

export const NavLinkLink = createLink((props: NavLinkProps & AnchorElProps) => <NavLink component="a" {...props} />);
