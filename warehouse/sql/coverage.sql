-- What each source's rows cover: origin of the pages, how they were chosen, content dates, capture and crawl times.
-- `registry` (source, record_type) and `sample_selection` (source, selection, selection_rule,
-- provenance_note, from sample_web/_provenance/coverage.yaml) are registered by warehouse/coverage.py.
with last_crawl as (
    select * from raw_crawls
    qualify row_number() over (partition by source order by finished_at desc, crawl_id desc) = 1
),

-- The records each source has now (still listed), with their content dates and capture times.
current_records as (
    select source, published_date as content_from, published_date as content_to, fetched_at
    from stg_articles where listed
    union all
    select source, null, null, fetched_at from stg_organizations where listed
    union all
    -- an award is dated by its year only: the whole year
    select source, make_date(year, 1, 1), make_date(year, 12, 31), fetched_at
    from stg_funding_awards where listed
    union all
    select source, try_cast(left(updated_at, 10) as date), try_cast(left(updated_at, 10) as date), fetched_at
    from stg_datasets where listed
),

per_source as (
    select source, count(*) as records, min(content_from) as content_from, max(content_to) as content_to,
           min(fetched_at) as captured_from, max(fetched_at) as captured_to
    from current_records
    group by source
),

origin as (
    select source, mode, finished_at as last_crawl_at, crawl_id as last_crawl_id,
           case when mode in ('live', 'record') then 'live'
                when mode = 'replay' then coalesce(nullif(stats ->> 'replay/origin', ''), 'recorded archive')
           end as origin
    from last_crawl
),

final as (
    select r.source, r.record_type, o.origin, o.mode,
           case when o.origin = 'sample web' then s.selection when o.origin is not null then 'complete' end
               as selection,
           case when o.origin = 'sample web' then s.selection_rule
                when o.origin is not null then 'every page the spider reached from the source''s start URLs on the live site'
           end as selection_rule,
           case when o.origin = 'sample web' then s.provenance_note end as provenance_note,
           case r.record_type when 'article' then 'published_date' when 'funding_award' then 'year'
                when 'dataset' then 'updated_at' else 'none' end as content_dates_from,
           p.content_from, p.content_to, p.captured_from, p.captured_to, coalesce(p.records, 0) as records,
           o.last_crawl_at, o.last_crawl_id
    from registry r
    left join sample_selection s using (source)
    left join origin o using (source)
    left join per_source p using (source)
)

select source, record_type, origin, mode, selection, selection_rule, provenance_note, content_dates_from,
       content_from, content_to, captured_from, captured_to, records, last_crawl_at, last_crawl_id
from final
order by source
