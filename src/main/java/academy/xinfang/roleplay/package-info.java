/**
 * Role-play: scenarios of simulated visitors imported from quizzes/scenarios, officers playing them turn by turn
 * (choosing replies or, on free-text nodes, typing their own, scored against the lexicons in quizzes/lexicons),
 * scorecards on the seven qualities and the six taboos, trainers' review and override of typed replies, the trainers'
 * analysis of which replies officers choose, and live role-plays scored by a trainer on a rubric.
 */
package academy.xinfang.roleplay;
