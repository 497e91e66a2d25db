-- InnoHK labs by cluster and host (the university or body the lab belongs to).
-- reads: research_units, organizations
with labs as (
    select case when p.org_id is null then 'host not in the warehouse'
                else concat_ws(' ', p.name, p.name_zh) end as host, r.cluster, r.org_id
    from research_units r left join organizations p on r.parent_org_id = p.org_id
    where r.cluster is not null
),

counted as (select host, cluster, count(*) as labs from labs group by host, cluster),

final as (select * from counted order by host = 'host not in the warehouse', host, cluster)

select * from final
