-- The guidelines' text was extracted from a PDF whose "fi" ligature was lost: the seeded action
-- points quote "identication". The seed text and template are corrected; this corrects the quote
-- in action points already seeded from it (only the quote: a user's own edits around it stay).
update action_points
   set description = replace(description, 'thus improving identication, assistance and prevention', 'thus improving identification, assistance and prevention')
 where template_action_id is not null
   and description like '%thus improving identication, assistance and prevention%';
