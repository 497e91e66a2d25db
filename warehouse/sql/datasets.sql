-- The DATA.GOV.HK catalogue entries the crawl read: one row per dataset and language, with its provider
-- resolved to an organization of the warehouse where one of its names matches.
with providers as (
    select lower(alias) as provider_key, min(org_id) as provider_org_id
    from organization_aliases
    group by all
),

final as (
    select d.record_id as dataset_id, d.source, d.source_id, d.lang, d.title, d.provider, p.provider_org_id,
           d.description, d.formats, d.tags,
           json_array_length(coalesce(d.resources, '[]'))::bigint as resource_count,
           d.resources, d.updated_at, d.url, d.listed, d.first_seen_at, d.last_seen_at, d.fetched_at,
           d.archive_record_id
    from stg_datasets d
    left join providers p on p.provider_key = lower(trim(d.provider))
)

select dataset_id, source, source_id, lang, title, provider, provider_org_id, description, formats, tags,
       resource_count, resources, updated_at, url, listed, first_seen_at, last_seen_at, fetched_at, archive_record_id
from final
order by provider, title
