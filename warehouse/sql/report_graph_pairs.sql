-- Organizations named together in articles, strongest pairs first (ecosystem_edges, relation mentioned_with).
-- reads: ecosystem_edges, organizations
with final as (
    select concat_ws(' ', a.name, a.name_zh) as organization, concat_ws(' ', b.name, b.name_zh) as named_with,
           e.weight::bigint as articles
    from ecosystem_edges e
    join organizations a on a.org_id = e.from_id
    join organizations b on b.org_id = e.to_id
    where e.relation = 'mentioned_with'
    order by articles desc, organization, named_with
    limit 15
)

select * from final
