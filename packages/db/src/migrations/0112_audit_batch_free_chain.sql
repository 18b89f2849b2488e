-- Group-committed read audits take any free chain of their municipality (issue 19). A process now
-- writes one batch at a time, so a batch must not wait for a chain head that a long change holds
-- until its commit (appendAudit locks its chain's head in the change's transaction): every read of
-- the process would wait behind it. The batch is given the scope's chains and links onto one whose
-- head no one holds, chosen at random; only when all are held does it wait for one. The linking is
-- unchanged (hash = sha256(prev | index | payload), one by one, in order); the chain is returned.
drop function app_append_audit_batch(text, jsonb);

create function app_append_audit_batch(p_chains text[], p_entries jsonb) returns text
  language plpgsql volatile
  as $$
declare
  head record;
  e jsonb;
  idx bigint;
  prev text;
  prevs text[] := '{}';
  links text[] := '{}';
  fallback text;
begin
  perform set_config('app.system', 'on', true);
  select chain, municipality_id, last_index, last_hash into head from audit_heads
    where chain = any(p_chains) order by random() limit 1 for update skip locked;
  if not found then
    -- Picked before the select: random() in its condition would be drawn anew for each row.
    fallback := p_chains[1 + floor(random() * cardinality(p_chains))::int];
    select chain, municipality_id, last_index, last_hash into head from audit_heads
      where chain = fallback for update;
    if not found then
      raise exception 'no head for audit chain %', p_chains[1];
    end if;
  end if;
  idx := head.last_index;
  prev := head.last_hash;
  for e in select value from jsonb_array_elements(p_entries) loop
    if (e->>'municipalityId')::uuid is distinct from head.municipality_id then
      raise exception 'audit entry of another municipality for chain %', head.chain;
    end if;
    idx := idx + 1;
    prevs := prevs || prev;
    prev := encode(sha256(convert_to(prev || '|' || idx || '|' || (e->>'payload'), 'UTF8')), 'hex');
    links := links || prev;
  end loop;
  insert into audit_log (municipality_id, chain, chain_index, at, actor_id, actor_name, action,
    record_type, record_id, ip, outcome, details, prev_hash, hash)
  select head.municipality_id, head.chain, head.last_index + t.n, (t.entry->>'at')::timestamptz,
    (t.entry->>'actorId')::uuid, t.entry->>'actorName', t.entry->>'action', t.entry->>'recordType',
    t.entry->>'recordId', t.entry->>'ip', t.entry->>'outcome', coalesce(t.entry->'details', '{}'::jsonb),
    prevs[t.n], links[t.n]
  from jsonb_array_elements(p_entries) with ordinality as t(entry, n);
  update audit_heads set last_index = idx, last_hash = prev where chain = head.chain;
  perform set_config('app.system', '', true);
  return head.chain;
end $$;
