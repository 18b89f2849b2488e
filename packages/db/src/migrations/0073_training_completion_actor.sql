-- Training (issue 14): an attendee may be recorded as one of the local map's identifying actors
-- (the mapping entry), so coverage credits that actor rather than every actor of the organisation.
-- No foreign key: a removed map entry leaves the completion counted by its organisation.
alter table training_completions add column actor_id uuid;
