-- Every source with its last crawl: sample (replayed from the bundled sample web) or live, records, errors, when.
-- reads: sources
with final as (
    select source, title, owner,
           case mode when 'replay' then 'sample' when 'live' then 'live' when 'record' then 'live'
                else 'not crawled' end as coverage,
           mode, items, errors, last_crawl_at
    from sources
    order by source
)

select * from final
