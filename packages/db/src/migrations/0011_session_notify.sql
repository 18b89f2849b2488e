-- Server processes keep found sessions in memory for a few seconds; these notices tell every
-- process to forget a user's sessions as soon as a change to them or to the user commits.
-- Payload: the user's id. Row-level is enough: PostgreSQL sends identical notices of one
-- transaction once.
create function app_notify_session_change() returns trigger
  language plpgsql
  as $$
begin
  if tg_table_name = 'users' then
    perform pg_notify('ariadne_sessions', old.id::text);
  else
    perform pg_notify('ariadne_sessions', old.user_id::text);
    if tg_op = 'UPDATE' and new.user_id <> old.user_id then
      perform pg_notify('ariadne_sessions', new.user_id::text);
    end if;
  end if;
  return null;
end $$;

create trigger sessions_notify_delete after delete on sessions
  for each row execute function app_notify_session_change();

-- Not when only last_seen_at moves forward: app_find_session does that once a minute for every
-- active session, and the cache does not depend on it.
create trigger sessions_notify_update after update on sessions
  for each row
  when ((to_jsonb(old) - 'last_seen_at') is distinct from (to_jsonb(new) - 'last_seen_at')
        or new.last_seen_at < old.last_seen_at)
  execute function app_notify_session_change();

-- Any change to a user (role, active, municipality, organisation, name, sign-in counters): rare.
create trigger users_notify_change after update or delete on users
  for each row execute function app_notify_session_change();
