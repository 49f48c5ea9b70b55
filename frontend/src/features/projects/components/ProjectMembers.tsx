import { useState, type ComponentType, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '@/components/links';
import type { Project } from '@/lib/api/types';
import type { VersionedProject } from '@/records/project/queries';
import type { ProjectChange } from '../api/save-project';
import { InvitationDialog, invitationAsMember } from './InvitationDialog';
import type { Member, MemberDialogProps } from './MemberDialog';
import { MemberSection } from './MemberSection';
import { ParticipantDialog, participantAsMember } from './ParticipantDialog';
import { useProjectChanger } from './use-project-changer';

interface Kind {
  headingId: string;
  members: (project: Project) => Member[];
  link: (member: Member) => ReactNode;
  remove: (id: number) => ProjectChange;
  Dialog: ComponentType<MemberDialogProps>;
  text: {
    title: 'projects.participantsHeading' | 'projects.invitationsHeading';
    empty: 'projects.noParticipants' | 'projects.noInvitations';
    detail: 'projects.productsLabel' | 'projects.contactsLabel';
    add: 'projects.addParticipant' | 'projects.addInvitation';
    edit: 'projects.changeProducts' | 'projects.changeContacts';
    editLabel: 'projects.changeProductsLabel' | 'projects.changeContactsLabel';
    removed: 'projects.participantRemoved' | 'projects.invitationRemoved';
  };
}

const KINDS: Record<'participants' | 'invitations', Kind> = {
  participants: {
    headingId: 'project-participants',
    members: (project) => project.participants.map(participantAsMember),
    link: (m) => (
      <AnchorLink to="/firms/$id" params={{ id: String(m.id) }} fw={700}>
        {m.name}
      </AnchorLink>
    ),
    remove: (firmId) => ({ kind: 'removeParticipant', firmId }),
    Dialog: ParticipantDialog,
    text: {
      title: 'projects.participantsHeading',
      empty: 'projects.noParticipants',
      detail: 'projects.productsLabel',
      add: 'projects.addParticipant',
      edit: 'projects.changeProducts',
      editLabel: 'projects.changeProductsLabel',
      removed: 'projects.participantRemoved',
    },
  },
  invitations: {
    headingId: 'project-invitations',
    members: (project) => project.invitations.map(invitationAsMember),
    link: (m) => (
      <AnchorLink to="/buyers/$id" params={{ id: String(m.id) }} fw={700}>
        {m.name}
      </AnchorLink>
    ),
    remove: (buyerCompanyId) => ({ kind: 'removeInvitation', buyerCompanyId }),
    Dialog: InvitationDialog,
    text: {
      title: 'projects.invitationsHeading',
      empty: 'projects.noInvitations',
      detail: 'projects.contactsLabel',
      add: 'projects.addInvitation',
      edit: 'projects.changeContacts',
      editLabel: 'projects.changeContactsLabel',
      removed: 'projects.invitationRemoved',
    },
  },
};

interface Props {
  kind: keyof typeof KINDS;
  versioned: VersionedProject;
  /** Coordinators and admins, on a project that is not closed. */
  editable: boolean;
}

/**
 * 参加事業者 (the firms taking part and the products each brings) or 招待バイヤー (the
 * companies invited and the contacts expected), with adding, changing and removing.
 */
export function ProjectMembers({ kind, versioned, editable }: Props) {
  const { t } = useTranslation();
  const { headingId, members: membersOf, link, remove, Dialog, text } = KINDS[kind];
  const { act, pending } = useProjectChanger(versioned.project.id);
  /** Which dialog is open: adding (no member) or changing one. */
  const [editing, setEditing] = useState<{ member?: Member } | undefined>();
  const members = membersOf(versioned.project);

  return (
    <>
      <MemberSection
        headingId={headingId}
        title={t(text.title)}
        empty={t(text.empty)}
        detailLabel={t(text.detail)}
        editable={editable}
        busy={pending}
        addLabel={t(text.add)}
        onAdd={() => setEditing({})}
        editText={t(text.edit)}
        editLabel={(name) => t(text.editLabel, { name })}
        onEdit={(id) => setEditing({ member: members.find((m) => m.id === id) })}
        onRemove={(id, name) => act(versioned.etag, remove(id), t(text.removed, { name }))}
        rows={members.map((m) => ({
          id: m.id,
          name: m.name,
          detail: m.items.map((i) => i.name).join(t('common.listSeparator')),
          link: link(m),
        }))}
      />
      {editing && <Dialog versioned={versioned} member={editing.member} onClose={() => setEditing(undefined)} />}
    </>
  );
}
