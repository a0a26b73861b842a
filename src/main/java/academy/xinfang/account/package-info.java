/**
 * Accounts and organisation: users with roles, the department tree (county, townships, departments), login with
 * lockout, password changes, and the administrators' bulk import of officers.
 */
package academy.xinfang.account;
