.\" Summaries written for testing: every child, family and place in this digest is invented.
.nr Hy 0
.nr Hb 2
.nr Hs 2
.PH "''OFFICIAL''"
.PF "'NSPCC Learning'OFFICIAL'Page \\\\nP'"
.ce
\s+6\fBCase reviews published in May 2025\fP\s0
.SP 2
.P
Three new case reviews were added to the national case review repository in May 2025. All of the children, families and places below are invented for testing.
.SP
.ce
\fBIn this digest\fP
.SP
.TS
box center tab(|);
cb | lb | lb
c | l | l.
No.|Review|Report
_
1|Child AS: Child safeguarding practice review|practice review
2|Child BS: Serious case review|overview report
3|Baby CS: Child safeguarding practice review|practice review
.TE
.SP 2
.P
The summaries of these reviews are on the following pages.
.bp
.HU "Child AS: Child safeguarding practice review"
.P
Serious physical abuse of a 7\-month\-old baby girl in March 2023. Child AS was taken to hospital with a fractured skull and rib fractures of different ages. Her mother\(aqs partner was later convicted of causing grievous bodily harm. Child AS is White British.
.P
\fBLearning includes:\fP
.BL
.LI
the partner\(aqs history of violence was not checked when he moved into the household
.LI
the rib fractures were not looked for when the baby was first seen with a bruise
.LE
.P
\fBRecommendations include:\fP
.BL
.LI
carry out a skeletal survey for every non\-mobile baby with an unexplained bruise
.LI
ask every mother about new partners at each health visitor contact
.LE
.P
Read practice review (PDF) <https://learning.nspcc.org.uk/media/20250501/case-review.pdf>
.SP
.HU "Child BS: Serious case review"
.P
Sexual abuse of a 13\-year\-old boy by a football coach between 2016 and 2018. The coach had been dismissed by another club after concerns were raised, but this was not shared with the league. Child BS is of Black Caribbean heritage.
.P
\fBLearning includes:\fP
.BL
.LI
concerns about the coach were dealt with by one club and not passed on
.LI
the boy\(aqs changes in behaviour were put down to adolescence
.LE
.P
\fBRecommendations include:\fP
.BL
.LI
create a shared record of concerns about adults across the league\(aqs clubs
.LE
.P
Read overview report (PDF) <https://learning.nspcc.org.uk/media/20250502/case-review.pdf>
.SP
.HU "Baby CS: Child safeguarding practice review"
.P
Death of a baby boy aged 3 months in August 2023 from pneumonia after his parents, who both used heroin, did not seek medical help for several days. Baby CS was subject to a child protection plan from birth. Baby CS is White British.
.P
\fBLearning themes include:\fP
.BL
.LI
the plan relied on the parents\(aq own accounts of their drug use
.LI
no professional saw the baby in the ten days before he died
.LE
.P
\fBRecommendations include:\fP
.BL
.LI
set a minimum frequency of home visits for babies on a child protection plan where parents use drugs
.LE
.P
Read practice review (PDF) <https://learning.nspcc.org.uk/media/20250503/case-review.pdf>
.SP
.P
\fISummaries written for testing: every child, family and place in this digest is invented.\fP
