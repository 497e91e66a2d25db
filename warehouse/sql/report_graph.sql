-- The ecosystem graph as an adjacency view: for each programme, university, scheme or partner an edge leads to,
-- how many organizations of each kind link to it, by relation (co-mentions are in report_graph_pairs).
-- reads: ecosystem_edges, organizations, programmes
with edges as (
    select e.relation, coalesce(f.kind, 'other') as from_kind, e.to_id,
           case when p.programme_id is not null then concat_ws(' ', p.name, p.name_zh)
                when t.org_id is not null then concat_ws(' ', t.name, t.name_zh)
                else replace(e.to_id, 'scheme:', 'scheme ') end as to_node
    from ecosystem_edges e
    left join organizations f on f.org_id = e.from_id
    left join programmes p on p.programme_id = e.to_id
    left join organizations t on t.org_id = e.to_id
    where e.relation <> 'mentioned_with'
),

final as (
    select relation, to_node, from_kind, count(*) as edges
    from edges group by all
    order by relation, to_node, from_kind
)

select * from final
