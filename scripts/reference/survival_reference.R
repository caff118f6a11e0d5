#!/usr/bin/env Rscript
# =============================================================================
# survival_reference.R -- independent reference values from R's `survival`
# package, used to test the TypeScript survival-analysis code in this project.
#
# HOW TO RUN (from the repository root):
#
#   Rscript scripts/reference/survival_reference.R > tests/fixtures/survival_reference.json
#
# Generated with R 4.2.2 Patched (2022-11-10 r83330) and survival 3.5.3
# (Debian bookworm packages r-base-core, r-cran-survival 3.5-3-1).  The versions
# that actually produced the file are also written into "meta" of the JSON.
# Installation used:
#   DEBIAN_FRONTEND=noninteractive apt-get install -y r-base-core r-cran-survival
# (no other R package is needed: JSON is written by hand, see below).
#
# The output is deterministic: no random numbers, no time stamps, and data sets
# are kept in the row order in which the survival package ships them.
#
# -----------------------------------------------------------------------------
# NUMBER FORMAT / MISSING VALUES
# -----------------------------------------------------------------------------
# * Every number is written with sprintf("%.17g"), i.e. 17 significant digits,
#   which round-trips an IEEE double exactly.  Integers come out without a
#   decimal point ("5"); very small or large numbers use exponent notation
#   ("1.2345678901234567e-05").  All of this is valid JSON.
# * JSON null stands for ANY non-finite R value: NA, NaN, +Inf and -Inf are all
#   written as null.  Where these occur:
#     - "std_err" is +Inf in R on the row where the KM curve drops to 0
#       (Greenwood term d/(n(n-d)) with n == d) -> null;
#     - the "log" bands are NA where S == 0; the "log-log" bands are NA where
#       S == 0 or S == 1; the "plain" bands are NaN where S == 0 (because
#       se * S = Inf * 0) -> null;
#     - a quantile or a confidence limit that R reports as NA (curve/band never
#       reaches 1 - p) -> null.
#
# -----------------------------------------------------------------------------
# WHAT IS COMPUTED (per data set; JSON layout in the "meta" block of the output)
# -----------------------------------------------------------------------------
# Each data set is reduced to a two-arm comparison: time, status (1 = event,
# 0 = censored), group (0 = reference arm, 1 = experimental/comparison arm) and
# optionally a stratum.  For each:
#   data       : time, status, group, stratum (or null)
#   km         : per group "0"/"1": survfit(Surv(time, status) ~ 1) on that
#                group's rows (default Kaplan-Meier, Greenwood), full step table
#                at every distinct time (events AND censorings): time, n_risk,
#                n_event, n_censor, surv, std_err (= fit$std.err = SE of the
#                cumulative hazard, i.e. of -log S), and 95 % pointwise
#                lower/upper for conf.type "plain", "log", "log-log".
#   quantiles  : per group and conf.type: quantile(fit, c(.25,.5,.75),
#                conf.int = TRUE) -> quantile, lower, upper.
#   rmst       : tau = floor(0.75 * min(max time in group 0, max time in group
#                1)); per group summary(fit, rmean = tau)$table -> rmean,
#                se_rmean (plus the table's median and 0.95LCL/UCL, which use
#                the print.survfit "minmin" rule, log bands).
#   logrank    : survdiff(Surv(time, status) ~ group): chisq, df, p (upper tail
#                of chi-square), observed/expected per group, variance, n.
#   logrank_stratified : survdiff(Surv(time, status) ~ group + strata(stratum))
#                (null if no stratum).
#   cox        : coxph(Surv(time, status) ~ group, ties = "efron"/"breslow"):
#                coef, se_coef, exp_coef, Wald CI for the HR at 95 % and 97.2 %
#                (exp(coef -/+ qnorm(1 - alpha/2) * se), alpha = 0.05 / 0.028),
#                wald/score/lr tests (chisq, df, p), loglik [null model, fitted],
#                iterations.  NOTE: summary(fit)$waldtest["test"] is ROUNDED to
#                2 decimals by summary.coxph (its p value is not); we export the
#                unrounded fit$wald.test (= coef^2 / var for one covariate) as
#                wald.chisq and the rounded one as wald.chisq_summary_rounded.
#   cox_stratified : the same with + strata(stratum) (null if no stratum).
# The script also re-derives several quantities by hand (Greenwood SE, log-rank
# O/E/V, Efron/Breslow log partial likelihood, rmean) and stops if they differ
# from survival's results by more than 1e-10 (relative), so the definitions
# below are verified, not just quoted.
#
# -----------------------------------------------------------------------------
# DEFINITIONS A RE-IMPLEMENTATION MUST MATCH (full sources: docs/r-survival-notes.md)
# -----------------------------------------------------------------------------
# (0) Kaplan-Meier and its standard error.  At each distinct time t_j with
#     n_j at risk and d_j events: S(t_j) = prod_{i<=j} (1 - d_i/n_i);
#     std.err(t_j) = sqrt( sum_{i<=j, d_i>0} d_i / (n_i (n_i - d_i)) )
#     (Greenwood, on the log / cumulative-hazard scale; +Inf once n_i == d_i).
#     Before fitting, survfit/survdiff/coxph run aeqSurv(): time values that
#     differ by <= sqrt(.Machine$double.eps) (absolutely or relative to the
#     mean |time|) are merged.  All times used here are integers, so this is a
#     no-op for every data set in the fixture.
#
# (1) Pointwise intervals, survival:::survfit_confint (logse = TRUE for KM,
#     zval = qnorm(0.975); selow == se so `scale` is 1):
#       plain  : se2 <- se * p * zval
#                lower = pmax(p - se2, 0), upper = pmin(p + se2, 1)
#       log    : xx <- ifelse(p == 0, NA, p); se2 <- zval * se
#                lower = exp(log(xx) - se2), upper = pmin(exp(log(xx) + se2), 1)
#       log-log: xx <- ifelse(p == 0 | p == 1, NA, p)
#                se2 <- zval * se / log(xx)
#                lower = exp(-exp(log(-log(xx)) - se2))
#                upper = exp(-exp(log(-log(xx)) + se2))
#     (p = S(t), se = std.err above.  "log" is R's default conf.type.  The
#      log-log upper limit is NOT capped at 1 but can never exceed 1.)
#
# (2) Quantiles, survival:::quantile.survfit -> doquant -> findq (installed
#     survival 3.5.3 source, verbatim):
#
#   doquant <- function (p, time, surv, upper, lower, firstx, scale, tol)
#   {
#       qq <- findq(c(firstx, time), c(0, 1 - surv), p, tol)
#       if (missing(upper))
#           qq/scale
#       else rbind(qq, findq(c(firstx, time), c(0, 1 - lower), p, tol),
#                  findq(c(firstx, time), c(0, 1 - upper), p, tol)) * (1/scale)
#   }
#   findq <- function (x, y, p, tol)
#   {
#       if (max(y, na.rm = T) < min(p))
#           return(rep(NA, length(p)))
#       xmax <- x[length(x)]
#       dups <- duplicated(y)
#       if (any(dups)) {
#           x <- x[!dups]
#           y <- y[!dups]
#       }
#       n <- length(y)
#       indx1 <- approx(y + tol, 1:n, p, method = "constant", f = 1)$y
#       indx2 <- approx(y - tol, 1:n, p, method = "constant", f = 1)$y
#       quant <- (x[indx1] + x[indx2])/2
#       quant[p == 0] <- x[1]
#       if (!is.na(y[n])) {
#           lastpt <- (abs(p - y[n]) < tol)
#           if (any(lastpt))
#               quant[lastpt] <- (x[indx1[lastpt]] + xmax)/2
#       }
#       quant
#   }
#   with tol = sqrt(.Machine$double.eps) (~1.49e-8), firstx = 0 (no
#   start.time), scale = 1, and in quantile.survfit (single curve):
#       temp <- doquant(probs, x$time, x$surv, x$upper, x$lower, xmin, scale, tol)
#       return(list(quantile = temp[1, ], lower = temp[2, ], upper = temp[3, ]))
#   In words: work on F = 1 - S (prepended with F = 0 at time 0).  Drop
#   exactly duplicated F values (keeping the first time of each plateau).
#   indx1 = first row with F >= p - tol, indx2 = first row with F >= p + tol
#   (approx(method = "constant", f = 1) with rule = 1 returns NA past the
#   end).  The quantile is the mean of those two times: if S sits at 1 - p
#   (within tol) on [t_i, t_{i+1}) it is (t_i + t_{i+1}) / 2, otherwise both
#   indices coincide and it is the first time S <= 1 - p.  If the curve ENDS
#   exactly at 1 - p (|p - F_last| < tol), the answer is (t_i + xmax) / 2
#   where xmax is the last time in the table (a censoring time, typically).
#   If the curve never reaches 1 - p: NA.  The CI for the quantile applies
#   the same rule to the pointwise bands: the LOWER limit comes from the
#   LOWER survival band (x$lower), the UPPER limit from the UPPER band.  NA
#   band values (e.g. log band where S == 0) are silently dropped by approx()
#   (na.rm), so they neither count as reaching 1 - p nor stop the search.
#   (print.survfit's median uses a different helper, "minmin", see (3).)
#
# (3) Restricted mean, survival:::survmean (called by print.survfit(fit,
#     rmean = tau) and by summary.survfit(fit, rmean = tau)$table; the
#     latter first prepends time 0 via survfit0, which changes nothing):
#       hh <- ifelse((n.risk - n.event) == 0, 0,
#                    n.event/(n.risk * (n.risk - n.event)))
#       keep <- which(time <= end.time)
#       if (length(keep) == 0) {
#           temptime <- end.time; tempsurv <- 1; hh <- 0
#       } else {
#           temptime <- c(time[keep], end.time)
#           tempsurv <- c(surv[keep], surv[max(keep)])
#           hh <- c(hh[keep], 0)
#       }
#       n <- length(temptime)
#       delta <- diff(c(start.time, temptime))
#       rectangles <- delta * c(1, tempsurv[-n])
#       varmean <- sum(cumsum(rev(rectangles[-1]))^2 * rev(hh)[-1])
#       mean <- sum(rectangles) + start.time
#     with start.time = min(0, time) = 0 and end.time = tau; se = sqrt(varmean).
#     In words: rmean = integral_0^tau S(t) dt of the right-continuous step
#     function, using ALL table rows with time <= tau (censor-only rows add a
#     zero-height step).  When tau falls between table times the last piece
#     is S(last time <= tau) * (tau - last time <= tau); when tau equals a
#     table time that piece has width 0.  Variance = sum over rows t_j <= tau
#     of A_j^2 * d_j / (n_j (n_j - d_j)), A_j = integral_{t_j}^{tau} S(t) dt,
#     and the term is 0 (not Inf) when n_j == d_j.  No n/(n-1) correction.
#     The table's "median"/LCL/UCL use minmin(): first time with
#     S < 0.5 + tol; if that S equals 0.5 (within tol) and the curve later
#     drops below it, the midpoint of that time and the time of the drop.
#     (Same as quantile() except at the END of the curve: minmin returns the
#     first time of a final plateau at exactly 0.5, findq the midpoint with
#     the last time.)
#
# (4) Cox log partial likelihood with ties (C routine coxfit6_iter; the C
#     source is not in the binary package -- it is quoted from the upstream
#     repository in docs/r-survival-notes.md and verified numerically below).
#     For a distinct event time with risk set R, death set D (|D| = d) and
#     r_i = exp(beta * x_i):
#       Breslow: sum_{i in D} beta x_i - d * log( sum_{j in R} r_j )
#       Efron  : sum_{i in D} beta x_i
#                - sum_{k=0}^{d-1} log( sum_{j in R} r_j - (k/d) sum_{j in D} r_j )
#     (C code adds the deaths' risk in d slices: denom += denom2/d for each k,
#     starting from the risk set WITHOUT the deaths, so slice k (1-based) uses
#     sum_{R\D} r + (k/d) sum_D r -- the same thing.)  Efron equals Breslow
#     when d == 1.  Newton-Raphson from beta = 0, convergence when
#     |1 - loglik_old/loglik_new| <= 1e-9 (coxph.control eps), at most 20
#     iterations, step-halving if the loglik decreases.  A 0/1 covariate is
#     neither centred nor scaled (nocenter = c(-1, 0, 1)).  loglik[1] is at
#     beta = 0, loglik[2] at the MLE; LR = 2 (loglik[2] - loglik[1]); score
#     test = U(0)^2 / I(0) at beta = 0; Wald = beta^2 / var(beta) where var =
#     1 / I(beta_hat).  Stratified models sum the above over strata (risk
#     sets never cross strata).
#
# (5) Log-rank (survdiff, rho = 0; C routine survdiff2): at each distinct
#     event time with n at risk, d events, n_g at risk in group g:
#     E_g += d n_g / n;  V_gg += d (n_g/n) (1 - n_g/n) (n - d)/(n - 1)
#     (skipped when n == 1).  chisq = (O_1 - E_1)^2 / V_11 for two groups;
#     stratified: O, E, V summed over strata first.  df = (#groups with
#     E > 0) - 1; p = pchisq(chisq, df, lower.tail = FALSE).
# =============================================================================

suppressPackageStartupMessages(library(survival))
options(warn = 1)

# ----------------------------------------------------------------------------
# Minimal deterministic JSON writer
# ----------------------------------------------------------------------------
# Convention: an atomic vector is written as a JSON array if it has the
# attribute json_array = TRUE (set with A()), or its length != 1; otherwise as
# a scalar.  Named lists -> objects, unnamed lists -> arrays, NULL -> null.
A <- function(x) { attr(x, "json_array") <- TRUE; x }

json_num <- function(x) {
  x <- as.double(x)
  out <- sprintf("%.17g", x)
  out[!is.finite(x)] <- "null"
  out
}
json_str <- function(x) {
  x <- gsub("\\", "\\\\", x, fixed = TRUE)
  x <- gsub("\"", "\\\"", x, fixed = TRUE)
  x <- gsub("\n", "\\n", x, fixed = TRUE)
  out <- paste0("\"", x, "\"")
  out[is.na(x)] <- "null"
  out
}
to_json <- function(x, indent = 0L) {
  pad <- strrep("  ", indent)
  pad1 <- strrep("  ", indent + 1L)
  if (is.null(x)) return("null")
  if (is.list(x)) {
    if (length(x) == 0) return(if (is.null(names(x))) "[]" else "{}")
    vals <- vapply(x, to_json, character(1), indent = indent + 1L)
    if (!is.null(names(x))) {
      body <- paste0(pad1, json_str(names(x)), ": ", vals)
      return(paste0("{\n", paste(body, collapse = ",\n"), "\n", pad, "}"))
    }
    return(paste0("[\n", paste0(pad1, vals, collapse = ",\n"), "\n", pad, "]"))
  }
  is_arr <- isTRUE(attr(x, "json_array")) || length(x) != 1
  if (is.factor(x)) x <- as.character(x)
  vals <- if (is.character(x)) json_str(x)
          else if (is.logical(x)) ifelse(is.na(x), "null", ifelse(x, "true", "false"))
          else json_num(x)
  if (is_arr) paste0("[", paste(vals, collapse = ", "), "]") else vals
}

# ----------------------------------------------------------------------------
# Self-check helpers (independent re-derivations; stop() on mismatch)
# ----------------------------------------------------------------------------
check_close <- function(a, b, what, tol = 1e-10) {
  a <- as.double(a); b <- as.double(b)
  stopifnot(length(a) == length(b))
  same_nonfinite <- (!is.finite(a) & !is.finite(b)) & (is.na(a) == is.na(b))
  ok <- same_nonfinite | (is.finite(a) & is.finite(b) &
                          abs(a - b) <= tol * pmax(1, abs(a), abs(b)))
  if (!all(ok)) stop("self-check failed: ", what, call. = FALSE)
  invisible(TRUE)
}

# Greenwood, on the log scale
greenwood_se <- function(n_risk, n_event) {
  sqrt(cumsum(ifelse(n_event > 0, n_event / (n_risk * (n_risk - n_event)), 0)))
}

# Cox log partial likelihood (one covariate, optional strata) by hand
cox_loglik <- function(beta, time, status, x, strata, ties) {
  if (is.null(strata)) strata <- rep(1, length(time))
  ll <- 0
  for (s in unique(strata)) {
    w <- strata == s
    tt <- time[w]; dd <- status[w]; xx <- x[w]
    r <- exp(beta * xx)
    for (t in sort(unique(tt[dd == 1]))) {
      D <- tt == t & dd == 1
      R <- tt >= t
      d <- sum(D)
      ll <- ll + sum(beta * xx[D])
      if (ties == "breslow" || d == 1) {
        ll <- ll - d * log(sum(r[R]))
      } else {
        k <- 0:(d - 1)
        ll <- ll - sum(log(sum(r[R]) - (k / d) * sum(r[D])))
      }
    }
  }
  ll
}

# Two-group log-rank O, E, V by hand (optional strata)
logrank_hand <- function(time, status, group, strata) {
  if (is.null(strata)) strata <- rep(1, length(time))
  O <- 0; E <- 0; V <- 0
  for (s in unique(strata)) {
    w <- strata == s
    tt <- time[w]; dd <- status[w]; gg <- group[w]
    for (t in sort(unique(tt[dd == 1]))) {
      R <- tt >= t
      n <- sum(R); n1 <- sum(R & gg == 1); d <- sum(tt == t & dd == 1)
      O <- O + sum(tt == t & dd == 1 & gg == 1)
      E <- E + d * n1 / n
      if (n > 1) V <- V + d * (n1 / n) * (1 - n1 / n) * (n - d) / (n - 1)
    }
  }
  c(O = O, E = E, V = V)
}

# Restricted mean and its se by hand from a KM step table
rmean_hand <- function(time, surv, n_risk, n_event, tau) {
  keep <- time <= tau
  t <- c(0, time[keep], tau)
  s <- c(1, surv[keep])                 # S on [t_k, t_{k+1})
  widths <- diff(t)
  rmean <- sum(widths * s)
  # area from each table time t_j (<= tau) to tau
  tj <- time[keep]; dj <- n_event[keep]; nj <- n_risk[keep]
  area_after <- vapply(seq_along(tj), function(j) {
    sum((widths * s)[(j + 1):length(widths)])
  }, numeric(1))
  h <- ifelse(nj - dj == 0, 0, dj / (nj * (nj - dj)))
  c(rmean = rmean, se = sqrt(sum(area_after^2 * h)))
}

# ----------------------------------------------------------------------------
# Analysis of one two-arm data set
# ----------------------------------------------------------------------------
CONF_TYPES <- c("plain", "log", "log-log")
PROBS <- c(0.25, 0.5, 0.75)
ALPHA_972 <- 0.028

analyse <- function(name, source, description, time, status, group,
                    arms, stratum = NULL, stratum_description = NULL,
                    stratum_levels = NULL) {
  time <- as.double(time); status <- as.integer(status); group <- as.integer(group)
  stopifnot(length(time) == length(status), length(time) == length(group),
            !anyNA(time), !anyNA(status), !anyNA(group),
            all(status %in% 0:1), all(group %in% 0:1), all(time > 0),
            all(time == round(time)))          # integer times: aeqSurv is a no-op
  if (!is.null(stratum)) stopifnot(length(stratum) == length(time), !anyNA(stratum))

  groups <- c("0", "1")
  tau <- floor(0.75 * min(max(time[group == 0]), max(time[group == 1])))

  km <- list(); quant <- list(); rmst <- list(tau = tau)
  for (g in groups) {
    w <- group == as.integer(g)
    tt <- time[w]; ss <- status[w]
    fits <- lapply(CONF_TYPES, function(ct)
      survfit(Surv(tt, ss) ~ 1, conf.type = ct, conf.int = 0.95))
    names(fits) <- CONF_TYPES
    f <- fits[["log"]]
    for (ct in CONF_TYPES) {
      stopifnot(identical(fits[[ct]]$time, f$time), identical(fits[[ct]]$surv, f$surv),
                identical(fits[[ct]]$std.err, f$std.err))
    }
    # self-checks: step table and Greenwood
    check_close(f$std.err, greenwood_se(f$n.risk, f$n.event), paste(name, g, "greenwood"))
    check_close(f$surv, cumprod(1 - f$n.event / f$n.risk), paste(name, g, "KM"))

    km[[g]] <- list(
      n = sum(w),
      time = A(f$time), n_risk = A(f$n.risk), n_event = A(f$n.event),
      n_censor = A(f$n.censor), surv = A(f$surv), std_err = A(f$std.err),
      lower = lapply(fits, function(x) A(x$lower)),
      upper = lapply(fits, function(x) A(x$upper)))

    quant[[g]] <- lapply(fits, function(x) {
      q <- quantile(x, probs = PROBS, conf.int = TRUE)
      list(probs = A(PROBS), quantile = A(unname(q$quantile)),
           lower = A(unname(q$lower)), upper = A(unname(q$upper)))
    })

    tab <- summary(f, rmean = tau)$table
    tab_print <- survival:::survmean(f, rmean = tau)$matrix   # print.survfit path
    check_close(tab[c("rmean", "se(rmean)")], tab_print[c("rmean", "se(rmean)")],
                paste(name, g, "rmean summary vs print"))
    hand <- rmean_hand(f$time, f$surv, f$n.risk, f$n.event, tau)
    check_close(tab[c("rmean", "se(rmean)")], hand, paste(name, g, "rmean by hand"))
    rmst[[g]] <- list(rmean = unname(tab["rmean"]), se_rmean = unname(tab["se(rmean)"]),
                      table_median = unname(tab["median"]),
                      table_lcl = unname(tab["0.95LCL"]), table_ucl = unname(tab["0.95UCL"]))
  }
  rmst$tau_is_table_time <- list("0" = tau %in% time[group == 0],
                                 "1" = tau %in% time[group == 1])

  # --- log-rank --------------------------------------------------------------
  lr_out <- function(sd, strat) {
    obs <- if (is.matrix(sd$obs)) rowSums(sd$obs) else sd$obs
    ex  <- if (is.matrix(sd$exp)) rowSums(sd$exp) else sd$exp
    df  <- sum(ex > 0) - 1
    hand <- logrank_hand(time, status, group, strat)
    check_close(c(obs[2], ex[2], sd$var[2, 2]), hand, paste(name, "logrank by hand"))
    check_close(sd$chisq, (hand["O"] - hand["E"])^2 / hand["V"], paste(name, "logrank chisq"))
    list(chisq = sd$chisq, df = df, p = pchisq(sd$chisq, df, lower.tail = FALSE),
         observed = list("0" = unname(obs[1]), "1" = unname(obs[2])),
         expected = list("0" = unname(ex[1]), "1" = unname(ex[2])),
         variance = sd$var[2, 2],
         n = list("0" = sum(group == 0), "1" = sum(group == 1)))
  }
  sd <- survdiff(Surv(time, status) ~ group)
  logrank <- lr_out(sd, NULL)
  logrank_strat <- NULL
  if (!is.null(stratum)) {
    sds <- survdiff(Surv(time, status) ~ group + strata(stratum))
    logrank_strat <- lr_out(sds, stratum)
  }

  # --- Cox -------------------------------------------------------------------
  cox_out <- function(strat) {
    res <- list()
    for (ties in c("efron", "breslow")) {
      fit <- if (is.null(strat)) coxph(Surv(time, status) ~ group, ties = ties)
             else coxph(Surv(time, status) ~ group + strata(strat), ties = ties)
      s <- summary(fit)
      b <- unname(coef(fit)); se <- sqrt(fit$var[1, 1])
      z95 <- qnorm(1 - 0.05 / 2); z972 <- qnorm(1 - ALPHA_972 / 2)
      check_close(fit$loglik[2], cox_loglik(b, time, status, group, strat, ties),
                  paste(name, ties, "loglik at beta"))
      check_close(fit$loglik[1], cox_loglik(0, time, status, group, strat, ties),
                  paste(name, ties, "loglik at 0"))
      check_close(unname(s$coefficients[1, "se(coef)"]), se, paste(name, ties, "se"))
      check_close(fit$wald.test, b^2 / fit$var[1, 1], paste(name, ties, "wald"))
      res[[ties]] <- list(
        coef = b, se_coef = se, exp_coef = exp(b),
        ci95 = list(level = 0.95, z = z95,
                    lower = exp(b - z95 * se), upper = exp(b + z95 * se)),
        ci972 = list(level = 1 - ALPHA_972, z = z972,
                     lower = exp(b - z972 * se), upper = exp(b + z972 * se)),
        wald = list(chisq = unname(fit$wald.test), df = unname(s$waldtest["df"]),
                    p = unname(s$waldtest["pvalue"]),
                    chisq_summary_rounded = unname(s$waldtest["test"])),
        score = list(chisq = unname(s$sctest["test"]), df = unname(s$sctest["df"]),
                     p = unname(s$sctest["pvalue"])),
        lr = list(chisq = unname(s$logtest["test"]), df = unname(s$logtest["df"]),
                  p = unname(s$logtest["pvalue"])),
        loglik = A(fit$loglik),
        iterations = fit$iter,
        n = fit$n, nevent = fit$nevent)
    }
    res
  }
  cox <- cox_out(NULL)
  cox_strat <- if (is.null(stratum)) NULL else cox_out(stratum)

  list(
    source = source,
    description = description,
    n = length(time),
    arms = arms,
    stratum_description = stratum_description,
    stratum_levels = stratum_levels,
    data = list(time = A(time), status = A(status), group = A(group),
                stratum = if (is.null(stratum)) NULL else A(stratum)),
    km = km,
    quantiles = quant,
    rmst = rmst,
    logrank = logrank,
    logrank_stratified = logrank_strat,
    cox = cox,
    cox_stratified = cox_strat)
}

# ----------------------------------------------------------------------------
# Data sets
# ----------------------------------------------------------------------------
ds <- list()

# lung: NCCTG advanced lung cancer.  status 1/2 -> 0/1.  Rows with missing
# ph.ecog dropped (1 row), so the stratified analyses use the same rows.
lung2 <- survival::lung[!is.na(survival::lung$ph.ecog), ]
ds$lung <- analyse("lung", "survival::lung",
  "NCCTG lung cancer; rows with NA ph.ecog removed (227 of 228 rows kept); event = status == 2",
  lung2$time, lung2$status - 1L, as.integer(lung2$sex == 2),
  arms = list("0" = "sex == 1 (male)", "1" = "sex == 2 (female)"),
  stratum = as.integer(lung2$ph.ecog),
  stratum_description = "ph.ecog (ECOG performance score 0-3; value 3 has a single patient)")

# aml: acute myelogenous leukaemia, maintenance chemotherapy.  Tied events.
aml2 <- survival::aml
ds$aml <- analyse("aml", "survival::aml",
  "AML maintenance chemotherapy trial (all 23 rows); has tied event times",
  aml2$time, aml2$status, as.integer(aml2$x == "Maintained"),
  arms = list("0" = "x == Nonmaintained", "1" = "x == Maintained"))

# ovarian: ovarian cancer trial.
ov <- survival::ovarian
ds$ovarian <- analyse("ovarian", "survival::ovarian",
  "Ovarian cancer trial (all 26 rows); time = futime, status = fustat",
  ov$futime, ov$fustat, as.integer(ov$rx == 2),
  arms = list("0" = "rx == 1", "1" = "rx == 2"),
  stratum = as.integer(ov$resid.ds),
  stratum_description = "resid.ds (residual disease present: 1 = no, 2 = yes)")

# veteran: VA lung cancer trial.  Tied events; the trt == 2 KM curve sits at
# 0.5 on [52, 53) and at 0.75 on [24, 25) (within tol; the computed 0.5 is
# 0.49999999999999967) -> midpoint rule: median 52.5, q25 24.5.
vet <- survival::veteran
ds$veteran <- analyse("veteran", "survival::veteran",
  "Veterans' Administration lung cancer trial (all 137 rows); tied event times; group-1 KM is flat at S = 0.5 on [52, 53) and S = 0.75 on [24, 25) (equal within tol; computed 0.49999999999999967), so median = 52.5 and q25 = 24.5 by the midpoint rule",
  vet$time, vet$status, as.integer(vet$trt == 2),
  arms = list("0" = "trt == 1 (standard)", "1" = "trt == 2 (test)"),
  stratum = as.integer(vet$celltype),
  stratum_description = "celltype as integer factor code",
  stratum_levels = A(levels(vet$celltype)))

# colon: adjuvant chemotherapy for colon cancer; death records only.
col2 <- survival::colon[survival::colon$etype == 2 &
                        survival::colon$rx %in% c("Obs", "Lev+5FU"), ]
ds$colon <- analyse("colon", "survival::colon",
  "Colon cancer adjuvant trial, death records (etype == 2), arms Obs and Lev+5FU only (619 rows)",
  col2$time, col2$status, as.integer(col2$rx == "Lev+5FU"),
  arms = list("0" = "rx == Obs", "1" = "rx == Lev+5FU"),
  stratum = as.integer(col2$node4),
  stratum_description = "node4 (more than 4 positive lymph nodes: 0/1)")

# pbc: Mayo primary biliary cholangitis; the 312 randomised patients.
pbc2 <- survival::pbc[1:312, ]
ds$pbc <- analyse("pbc", "survival::pbc",
  "Mayo PBC trial, first 312 rows (randomised); event = status == 2 (death); transplant (1) and censored (0) -> 0",
  pbc2$time, as.integer(pbc2$status == 2), as.integer(pbc2$trt == 1),
  arms = list("0" = "trt == 2 (placebo)", "1" = "trt == 1 (D-penicillamine)"),
  stratum = as.integer(pbc2$stage),
  stratum_description = "stage (histologic stage 1-4)")

# gbsg: German Breast Cancer Study Group, recurrence-free survival.
gb <- survival::gbsg
ds$gbsg <- analyse("gbsg", "survival::gbsg",
  "German Breast Cancer Study Group 2 (all 686 rows); time = rfstime, status = recurrence or death",
  gb$rfstime, gb$status, as.integer(gb$hormon == 1),
  arms = list("0" = "hormon == 0 (no hormonal therapy)", "1" = "hormon == 1 (tamoxifen)"),
  stratum = as.integer(gb$meno),
  stratum_description = "meno (0 = premenopausal, 1 = postmenopausal)")

# mgus2: monoclonal gammopathy, time to death (months).  Many ties.
mg <- survival::mgus2
ds$mgus2 <- analyse("mgus2", "survival::mgus2",
  "MGUS natural history (all 1384 rows); time = futime (months), status = death; heavy ties",
  mg$futime, mg$death, as.integer(mg$sex == "M"),
  arms = list("0" = "sex == F", "1" = "sex == M"))

# synthetic_tie_median: small hand-made data set exercising the quantile
# rules.  Group 0: events at 1..8 (S = 1 - t/8): S == 0.75 on [2,3) -> q25 =
# 2.5, S == 0.5 on [4,5) -> median 4.5, S == 0.25 on [6,7) -> q75 = 6.5.
# Group 1: two events at 2 (S = 0.8), one at 3 (S = 0.7), two at 5 (S = 0.5),
# then only censorings up to 12: the curve ENDS at exactly 0.5, so the median
# is (5 + 12) / 2 = 8.5 by findq's "lastpt" rule, q75 is NA.  Both groups
# share event times 2, 3, 5 (cross-group ties for log-rank / Cox).
syn_time   <- c(1, 2, 3, 4, 5, 6, 7, 8,   2, 2, 3, 5, 5, 7, 9, 10, 10, 12)
syn_status <- c(1, 1, 1, 1, 1, 1, 1, 1,   1, 1, 1, 1, 1, 0, 0, 0, 0, 0)
syn_group  <- c(0, 0, 0, 0, 0, 0, 0, 0,   1, 1, 1, 1, 1, 1, 1, 1, 1, 1)
ds$synthetic_tie_median <- analyse("synthetic_tie_median", "synthetic (this script)",
  "Hand-made: group 0 events at 1..8 (flat at S = 0.75, 0.5, 0.25 -> midpoint quantiles 2.5, 4.5, 6.5); group 1 ends exactly at S = 0.5 (median (5+12)/2 = 8.5 by the last-point rule; q75 NA)",
  syn_time, syn_status, syn_group,
  arms = list("0" = "synthetic arm A", "1" = "synthetic arm B"))

# ----------------------------------------------------------------------------
# Output
# ----------------------------------------------------------------------------
out <- list(
  meta = list(
    generator = "scripts/reference/survival_reference.R",
    how_to_run = "Rscript scripts/reference/survival_reference.R > tests/fixtures/survival_reference.json",
    r_version = R.version.string,
    survival_version = as.character(packageVersion("survival")),
    number_format = "sprintf('%.17g'); null = NA, NaN, +Inf or -Inf in R",
    conventions = list(
      group = "0 = reference arm, 1 = experimental/comparison arm (see each data set's 'arms')",
      status = "1 = event, 0 = censored",
      km = "per group, survfit(Surv(time, status) ~ 1) on that group's rows; one row per distinct time (events and censorings); std_err = fit$std.err (Greenwood SE of the cumulative hazard / -log S); lower/upper = 95% pointwise bands for conf.type plain, log, log-log",
      quantiles = "quantile(fit, probs = c(0.25, 0.5, 0.75), conf.int = TRUE) for each conf.type; lower/upper are the CI of the quantile",
      rmst = "tau = floor(0.75 * min over groups of max time); summary(fit, rmean = tau)$table rmean and se(rmean); table_median/lcl/ucl are the table's (print.survfit 'minmin' rule, log bands); tau_is_table_time tells whether tau coincides with a KM table time",
      logrank = "survdiff(Surv(time, status) ~ group); observed/expected per group; variance = var[2,2]; p = pchisq(chisq, df, lower.tail = FALSE)",
      logrank_stratified = "survdiff(Surv(time, status) ~ group + strata(stratum)); O and E summed over strata; null if no stratum",
      cox = "coxph(Surv(time, status) ~ group, ties = efron|breslow); ci95/ci972 = exp(coef -/+ z * se_coef) with z = qnorm(1 - alpha/2); wald.chisq is unrounded fit$wald.test (summary.coxph rounds it to 2 decimals: chisq_summary_rounded); loglik = [beta = 0, beta = MLE]",
      cox_stratified = "same with + strata(stratum); null if no stratum"),
    datasets = A(names(ds))),
  datasets = ds)

cat(to_json(out), "\n", sep = "")
