-- Campaign material files can be deleted (issue 15): a coordinator deletes a version uploaded by
-- mistake or withdrawn, and the versions of campaigns that ended longer ago than the configured
-- retention go by themselves. Both are audited. The bytes go with the file's row.

grant delete on campaign_material_files, campaign_material_contents to ariadne_app;

-- The retention job finds files of campaigns that ended before a day; the end is in the campaign's
-- document, so this index keeps that lookup per municipality cheap.
create index campaign_material_files_campaign on campaign_material_files (municipality_id, campaign_id);
