-- The current version of every record of some raw tables, with when it was first and last seen.
-- Current = the version its most recent sighting saw; `listed` = its source's latest crawl saw it.
-- `versions` (the union of the raw tables asked for) is a temp view made by the caller.
with sightings as (
    select s.source, s.record_key, s.record_hash, c.finished_at, c.crawl_id
    from raw_sightings s join raw_crawls c using (crawl_id)
),

per_record as (
    select source, record_key, arg_max(record_hash, (finished_at, crawl_id)) as record_hash,
           min(finished_at) as first_seen_at, max(finished_at) as last_seen_at
    from sightings
    group by all
),

last_crawl as (
    select source, max(finished_at) as finished_at from raw_crawls group by all
),

final as (
    select v.* exclude (record_key, record_hash), p.first_seen_at, p.last_seen_at,
           p.last_seen_at = l.finished_at as listed
    from per_record p
    join versions v using (source, record_key, record_hash)
    join last_crawl l using (source)
)

select * from final
