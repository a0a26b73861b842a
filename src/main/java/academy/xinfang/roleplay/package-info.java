/**
 * Role-play: scenarios of simulated visitors imported from quizzes/scenarios, officers playing them turn by turn,
 * scorecards on the seven qualities and the six taboos, and the trainers' analysis of which replies officers choose.
 */
package academy.xinfang.roleplay;
