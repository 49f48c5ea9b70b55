-- The floor of "surveys: analysis of 2,000 responses": what GET /api/surveys/{id}/analysis runs
-- (SurveyAnalysisService.analysis), in its order, with :survey the survey and :version its template
-- version. The aggregates are the text of src/main/resources/survey/analysis.sql (AnalysisBenchFloorTest
-- checks that they stay the same); the two entity reads are Hibernate's.
BEGIN;
select s1_0.id,s1_0.closes_on,s1_0.created_at,s1_0.created_by,s1_0.opens_on,s1_0.project_id,s1_0.search_key,s1_0.template_version_id,s1_0.title,s1_0.updated_at,s1_0.updated_by,s1_0.version from survey s1_0 where s1_0.id=:survey;
select (select count(*) from survey_invitation i
         where i.survey_id = :survey and (i.revoked_at is null or i.status = 'SUBMITTED')) as invited,
       count(*) filter (where r.status = 'SUBMITTED') as submitted,
       count(*) filter (where r.status = 'DRAFT') as drafts
  from survey_response r
 where r.survey_id = :survey;
select question_key, count(distinct response_id) as answered,
       avg(number_value) as mean, min(number_value) as least, max(number_value) as most
  from survey_answer
 where survey_id = :survey
 group by question_key;
select question_key, option_key, number_value, count(*) as chosen
  from survey_answer
 where survey_id = :survey and (option_key is not null or number_value in (1, 2, 3, 4, 5))
 group by question_key, option_key, number_value;
select a.question_key, a.text_value
  from survey_answer a join survey_response r on r.id = a.response_id
 where a.survey_id = :survey and a.text_value is not null
 order by r.submitted_at, r.id;
select question_key, count(*) as responses
  from (select question_key, response_id from survey_rating
         where survey_id = :survey and design is not null
         group by question_key, response_id) as rated
 group by question_key;
select stv1_0.id,stv1_0.content,stv1_0.created_at,stv1_0.created_by,stv1_0.number,stv1_0.template_id,stv1_0.updated_at from survey_template_version stv1_0 where stv1_0.id=:version;
select r.product_id, r.comment
  from survey_rating r join survey_response s on s.id = r.response_id
 where r.survey_id = :survey and r.comment is not null
 order by s.submitted_at, s.id;
select firm_id, product_id, grouping(firm_id, product_id) as level,
       count(design) as rated,
       avg(design) as design, avg(taste) as taste, avg(price) as price,
       avg(content_volume) as content_volume, avg(package) as package,
       count(*) filter (where want_to_negotiate) as wants
  from survey_rating
 where survey_id = :survey
 group by grouping sets ((firm_id, product_id), (firm_id), ());
select p.id, p.name, p.category, f.id as firm_id, f.trade_name
  from product p join firm f on f.id = p.firm_id
 where p.id in (select pfp.product_id from project_firm_product pfp
                 where pfp.project_id = (select s.project_id from survey s where s.id = :survey)
                union
                select r.product_id from survey_rating r where r.survey_id = :survey group by r.product_id)
 order by f.trade_name_kana, f.id, p.name_kana, p.id;
COMMIT;
