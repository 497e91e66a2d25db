-- Articles per month and ecosystem pillar, and of them about AI (an article with two pillars counts in both).
-- reads: ai_activity_monthly
with final as (
    select month, pillar, articles, ai_articles, articles - ai_articles as other_articles
    from ai_activity_monthly
    order by month, pillar
)

select * from final
