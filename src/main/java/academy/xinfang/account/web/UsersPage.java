package academy.xinfang.account.web;

import academy.xinfang.account.application.LockView;
import academy.xinfang.account.application.UserService;
import academy.xinfang.account.application.UserView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The administrators' list of accounts, searchable by username or name, and the latest account locks. */
@Named
@ViewScoped
public class UsersPage implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int PAGE = 200;

    @Inject
    UserService users;

    private String query;
    private List<UserView> results;
    private List<LockView> locks;

    /** View action. */
    public void load() {
        search();
        locks = users.recentLocks();
    }

    public void search() {
        results = users.search(query, 0, PAGE);
    }

    public List<LockView> getLocks() {
        return locks;
    }

    public List<UserView> getResults() {
        return results;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }
}
