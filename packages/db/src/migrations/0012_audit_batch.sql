-- Group-committed read audits: concurrent reads share one statement and one commit instead of
-- each paying for its own write transaction. Appends the entries in order to one chain, linking
-- each to the one before exactly as a single append does (hash = sha256(prev | index | payload)),
-- and moves the chain head once. Opens row-level security for itself only, like app_find_session:
-- the entries come from the server, each checked to belong to the chain's municipality.
create function app_append_audit_batch(p_chain text, p_entries jsonb) returns bigint
  language plpgsql volatile
  as $$
declare
  head record;
  e jsonb;
  idx bigint;
  prev text;
  link text;
begin
  perform set_config('app.system', 'on', true);
  select municipality_id, last_index, last_hash into head from audit_heads where chain = p_chain for update;
  if not found then
    raise exception 'no head for audit chain %', p_chain;
  end if;
  idx := head.last_index;
  prev := head.last_hash;
  for e in select value from jsonb_array_elements(p_entries) loop
    if (e->>'municipalityId')::uuid is distinct from head.municipality_id then
      raise exception 'audit entry of another municipality for chain %', p_chain;
    end if;
    idx := idx + 1;
    link := encode(sha256(convert_to(prev || '|' || idx || '|' || (e->>'payload'), 'UTF8')), 'hex');
    insert into audit_log (municipality_id, chain, chain_index, at, actor_id, actor_name, action,
      record_type, record_id, ip, outcome, details, prev_hash, hash)
    values (head.municipality_id, p_chain, idx, (e->>'at')::timestamptz, (e->>'actorId')::uuid,
      e->>'actorName', e->>'action', e->>'recordType', e->>'recordId', e->>'ip', e->>'outcome',
      coalesce(e->'details', '{}'::jsonb), prev, link);
    prev := link;
  end loop;
  update audit_heads set last_index = idx, last_hash = prev where chain = p_chain;
  perform set_config('app.system', '', true);
  return idx;
end $$;
grant execute on function app_append_audit_batch(text, jsonb) to ariadne_app;
