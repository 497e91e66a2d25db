-- Every source with its last crawl: sample (a chosen part of the source, as its coverage says) or live, records, errors, when.
-- reads: sources, coverage
with final as (
    select s.source, s.title, s.owner,
           case when c.selection = 'sample' then 'sample' when c.origin is not null then 'live'
                else 'not crawled' end as coverage,
           c.origin, s.mode, s.items, s.errors, s.last_crawl_at
    from sources s left join coverage c using (source)
    order by s.source
)

select * from final
