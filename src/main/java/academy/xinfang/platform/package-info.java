/**
 * What every feature stands on: the datasource and schema migrations, security configuration, health checks,
 * locale and resource bundles, error pages.
 */
package academy.xinfang.platform;
