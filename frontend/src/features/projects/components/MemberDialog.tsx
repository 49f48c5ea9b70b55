import { Button, Modal, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useTranslate } from '@/i18n/use-translate';
import type { Project } from '@/lib/api/types';
import type { VersionedProject } from '@/records/project/queries';
import type { ProjectChange } from '../api/save-project';
import { latestMemberText } from './pick';
import { ProjectChangeForm } from './ProjectChangeForm';

/** A participating firm or an invited company, with the products it brings or the contacts expected. */
export interface Member {
  id: number;
  name: string;
  items: readonly { id: number; name: string }[];
}

export interface MemberDialogProps {
  versioned: VersionedProject;
  /** The member whose products or contacts change; absent to add one. */
  member?: Member;
  onClose: () => void;
}

interface Props extends MemberDialogProps {
  kind: 'participant' | 'invitation';
  title: string;
  submitLabel: string;
  /** The notification once saved, naming the firm or company. */
  savedMessage: (name: string) => string;
  /** The member as the project has it now (to describe the latest version after a 412). */
  memberOf: (project: Project, id: number) => Member | undefined;
  toChange: (id: number, itemIds: number[]) => ProjectChange;
  /** Step one when adding: finding the firm or company. */
  picker: (onPick: (picked: { id: number; name: string }) => void) => ReactNode;
  /** Step two, or the only step when changing: the checkboxes. */
  choice: (id: number, chosen: readonly { id: number; name: string }[], value: number[], onChange: (ids: number[]) => void) => ReactNode;
}

/**
 * Adding a firm or company to the project (find it, then choose its products or contacts),
 * or changing the products or contacts of one already in it, in one dialog.
 */
export function MemberDialog(props: Props) {
  const { versioned, member, onClose, kind, title, submitLabel, savedMessage, memberOf, toChange, picker, choice } = props;
  const { t } = useTranslation();
  const translate = useTranslate();
  const [picked, setPicked] = useState<{ id: number; name: string } | undefined>(member);
  const [itemIds, setItemIds] = useState<number[]>(member?.items.map((i) => i.id) ?? []);

  return (
    <Modal opened onClose={onClose} title={title} size="lg" closeOnClickOutside={false}>
      {picked ? (
        <ProjectChangeForm
          versioned={versioned}
          change={toChange(picked.id, itemIds)}
          submitLabel={submitLabel}
          describeLatest={(latest) => latestMemberText(memberOf(latest, picked.id)?.items, kind, translate)}
          onSaved={() => {
            notifications.show({ color: 'green', title: t('projects.changedTitle'), message: savedMessage(picked.name) });
            onClose();
          }}
          onCancel={onClose}
          secondary={
            !member && (
              <Button variant="subtle" onClick={() => setPicked(undefined)}>
                {t('projects.chooseAnother')}
              </Button>
            )
          }
        >
          {!member && <Text fw={700}>{picked.name}</Text>}
          {choice(picked.id, member?.items ?? [], itemIds, setItemIds)}
        </ProjectChangeForm>
      ) : (
        picker((next) => {
          setPicked(next);
          setItemIds([]);
        })
      )}
    </Modal>
  );
}
