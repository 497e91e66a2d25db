-- The most connected organizations: edges of the ecosystem graph at either end, by relation.
-- reads: ecosystem_edges, organizations
with ends as (
    select from_id as org_id, relation from ecosystem_edges
    union all
    select to_id, relation from ecosystem_edges where to_type = 'organization'
),

final as (
    select concat_ws(' ', o.name, o.name_zh) as organization, o.kind, count(*) as edges,
           count(*) filter (e.relation = 'member_of') as member_of,
           count(*) filter (e.relation = 'part_of') as part_of,
           count(*) filter (e.relation = 'collaborates_with') as collaborates_with,
           count(*) filter (e.relation = 'funded_by') as funded_by,
           count(*) filter (e.relation = 'mentioned_with') as mentioned_with
    from ends e join organizations o using (org_id)
    group by all
    order by edges desc, organization
    limit 15
)

select * from final
