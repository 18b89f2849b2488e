-- A case page shows the report of concern it was opened from (issue 15): the concern is found by
-- its follow-up and the hand-off by its case, per municipality, without a scan of either table.

create index concerns_follow_up on concerns (municipality_id, follow_up_id);
create index concern_hand_offs_case on concern_hand_offs (municipality_id, case_id);
