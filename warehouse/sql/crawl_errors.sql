-- The error rows of each source's last loaded crawl.
with last_crawl as (
    select crawl_id from raw_crawls
    qualify row_number() over (partition by source order by finished_at desc, crawl_id desc) = 1
),

final as (
    select e.* from raw_crawl_errors e
    where e.crawl_id in (select crawl_id from last_crawl)
)

select * from final
order by source, stage, url
