-- Buyer logins that let nobody in any more. Revoking a contact's login disables its Keycloak user,
-- and a contact whose person changes (another name or e-mail address) never hands its old login to
-- the new person; the API refuses the tokens of these subjects at once, before they expire (as it
-- refuses those of an archived company's contacts). A REVOKED login is given back to the same
-- contact by a new grant; a RETIRED one (the person changed, or Keycloak lost the user) never is.
create table revoked_login (
    subject          text primary key,
    buyer_contact_id bigint not null references buyer_contact (id),
    reason           text not null check (reason in ('REVOKED', 'RETIRED')),
    revoked_at       timestamptz not null,
    revoked_by       text not null
);

create index revoked_login_contact_idx on revoked_login (buyer_contact_id);

alter table audit_event drop constraint audit_event_action_check;
alter table audit_event add constraint audit_event_action_check
    check (action in ('CREATE', 'UPDATE', 'ARCHIVE', 'LOGIN_GRANT', 'LOGIN_REVOKE'));
