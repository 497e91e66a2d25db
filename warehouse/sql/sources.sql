-- Every registry entry with the figures of its last loaded crawl.
-- `registry` (source, title, owner, pillars) is registered by the caller from spiders.registry.
with last_crawl as (
    select * from raw_crawls
    qualify row_number() over (partition by source order by finished_at desc, crawl_id desc) = 1
),

final as (
    select r.source, r.title, r.owner, cast(r.pillars as varchar[]) as pillars,
           c.mode, c.pages_fetched, c.records as items, c.errors,
           c.finished_at as last_crawl_at, c.crawl_id as last_crawl_id, c.finish_reason,
           c.generic_share, c.title_differs
    from registry r left join last_crawl c using (source)
)

select source, title, owner, pillars, mode, pages_fetched, items, errors, last_crawl_at,
       last_crawl_id, finish_reason, generic_share, title_differs
from final
order by source
