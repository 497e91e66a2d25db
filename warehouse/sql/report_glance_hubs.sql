-- Organizations by hub and kind: one listed by two hubs counts under each; "no hub" are those no hub lists.
-- reads: organizations
with by_hub as (
    select unnest(case when len(hubs) = 0 then ['no hub'] else hubs end) as hub, kind, org_id
    from organizations
),

counted as (select hub, kind, count(distinct org_id) as organizations from by_hub group by hub, kind),

final as (select * from counted order by hub = 'no hub', hub, organizations desc, kind)

select * from final
