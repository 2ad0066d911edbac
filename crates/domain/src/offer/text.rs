//! The written offer as plain text for an email: the same content as the printed
//! offer, in aligned columns, in the offer's language.

use crate::offer::{CustomerOffer, TotalRow, join_present};
use std::fmt::Write as _;

impl CustomerOffer {
    /// A plain-text version for an email: the same content as the printed offer,
    /// with aligned columns.
    ///
    /// # Examples
    /// ```
    /// use best_offer_domain::{date::Date, offer::CustomerOffer, library::proposal::Proposal, pricing::solver::best_offer, Currency};
    /// use rust_decimal::Decimal;
    /// let mut proposal = Proposal::new(Currency::USD, Date::parse_iso("2026-11-26").unwrap());
    /// proposal.customer = "Northwind".into();
    /// proposal.deal.lines[0].terms.name = "Licence".into();
    /// proposal.deal.lines[0].terms.unit_list_price = Decimal::new(1000, 0);
    /// proposal.deal.lines[0].terms.cost = best_offer_domain::pricing::deal::CostBasis::UnitCost(Decimal::new(400, 0));
    /// proposal.deal.floor.walk_away = Some(Decimal::new(800, 0));
    /// let best = best_offer(&proposal.deal).unwrap();
    /// let text = CustomerOffer::build(&proposal, &best.evaluation).to_text();
    /// assert!(text.contains("Licence"));
    /// assert!(text.contains("Valid through: 26 December 2026"));
    /// ```
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        let _ = self.write_text(&mut out);
        out
    }

    fn write_text(&self, out: &mut String) -> std::fmt::Result {
        let words = self.words();
        // The title is underlined rather than upper-cased: the offer number is the
        // seller's own text and is printed exactly as entered.
        let title = self.title();
        writeln!(out, "{title}")?;
        writeln!(out, "{}", "=".repeat(title.chars().count()))?;
        if !self.deal_name.is_empty() {
            writeln!(out, "{}", self.deal_name)?;
        }
        writeln!(out)?;
        let rep = join_present(&[&self.rep_name, &self.rep_title]);
        // "From:" and "To:" are padded to one width, so the contact line under the
        // seller lines up in every language.
        let from = words.label(words.from);
        let to = words.label(words.to);
        let width = from
            .chars()
            .count()
            .max(to.chars().count())
            .saturating_add(1);
        let pad = |label: &str| format!("{label:<width$}");
        writeln!(
            out,
            "{}{}",
            pad(&from),
            join_present(&[&self.seller_company, &rep])
        )?;
        let address = self
            .seller_address
            .lines()
            .map(str::trim)
            .filter(|line| !line.is_empty())
            .collect::<Vec<_>>()
            .join(", ");
        let contact = join_present(&[&address, &self.rep_email, &self.rep_phone]);
        if !contact.is_empty() {
            writeln!(out, "{}{contact}", " ".repeat(width))?;
        }
        writeln!(
            out,
            "{}{}",
            pad(&to),
            join_present(&[&self.buyer_company, &self.buyer_contact])
        )?;
        writeln!(
            out,
            "{} {}",
            words.label(words.issued),
            self.date(self.issue_date)
        )?;
        writeln!(
            out,
            "{} {} {}",
            words.label(words.valid_through),
            self.date(self.valid_through),
            words.end_of_day
        )?;
        writeln!(out, "{} {}", words.label(words.term), self.term())?;
        writeln!(out)?;

        if self.options.is_empty() {
            self.write_lines(out)?;
        } else {
            self.write_options(out)?;
        }
        let notes = self.price_notes();
        if !notes.is_empty() {
            writeln!(out)?;
            for note in notes {
                writeln!(out, "{note}")?;
            }
        }
        self.write_requirements(out)?;
        writeln!(out)?;
        writeln!(
            out,
            "{} {}",
            words.label(words.payment_terms),
            self.payment_terms
        )?;
        for (title, items) in self.sections() {
            writeln!(out)?;
            writeln!(out, "{}", words.label(title))?;
            for item in items {
                writeln!(out, "  - {item}")?;
            }
        }
        if self.best_and_final {
            writeln!(out)?;
            writeln!(out, "{}", words.best_and_final)?;
        }
        if !self.note.is_empty() {
            writeln!(out)?;
            writeln!(out, "{}", self.note)?;
        }
        writeln!(out)?;
        writeln!(out, "{}", words.acceptance_caps)?;
        if !self.requirements.is_empty() {
            writeln!(out, "{}", words.confirm_requirements)?;
        }
        writeln!(out, "{}", (words.accepted_for)(self.buyer_or_placeholder()))?;
        if !self.options.is_empty() {
            for field in [words.option_accepted, words.items_accepted] {
                writeln!(out, "{} ______________________________", words.label(field))?;
            }
        }
        for field in words.sign_fields {
            writeln!(out, "{} ______________________________", words.label(field))?;
        }
        writeln!(out)?;
        writeln!(
            out,
            "{} {}",
            words.label(words.fingerprint),
            self.fingerprint()
        )?;
        Ok(())
    }

    /// The customer's requirements, numbered, each with its answer on the line
    /// under it; the open questions said first.
    fn write_requirements(&self, out: &mut String) -> std::fmt::Result {
        if self.requirements.is_empty() {
            return Ok(());
        }
        let words = self.words();
        writeln!(out)?;
        writeln!(out, "{}", words.label(words.requirements))?;
        if let Some(note) = self.open_questions_note() {
            writeln!(out, "{note}")?;
        }
        for (n, requirement) in self.requirements.iter().enumerate() {
            writeln!(out, "  {}. {}", n.saturating_add(1), requirement.text)?;
            writeln!(out, "     {}", self.answer_line(requirement))?;
        }
        Ok(())
    }

    /// The lines in the printed offer's columns, with the totals under them.
    fn write_lines(&self, out: &mut String) -> std::fmt::Result {
        let words = self.words();
        // The same columns as the printed offer (see `price_notes` for the choices).
        let total_header = (words.total_for)(&self.term());
        let mut header: Vec<String> = vec![
            words.item.into(),
            words.qty.into(),
            words.unit_list_price.into(),
        ];
        if self.discount_column() {
            header.push(words.discount.into());
        }
        header.push(words.unit_net_price.into());
        if self.period_column() {
            header.extend([words.net_amount.into(), words.billing.into()]);
        }
        header.push(total_header);
        let rows: Vec<Vec<String>> = self
            .lines
            .iter()
            .map(|l| {
                let mut row = vec![
                    l.name.clone(),
                    self.quantity(l.quantity),
                    self.money(l.unit_list_price),
                ];
                if self.discount_column() {
                    row.push(self.discount(l.discount));
                }
                row.push(self.money(self.unit_net(l)));
                if self.period_column() {
                    row.extend([self.money(l.net), self.billing(l).to_string()]);
                }
                row.push(self.money(l.term_amount));
                row
            })
            .collect();
        let billing_column = self.period_column().then(|| header.len().saturating_sub(2));
        let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
        for row in &rows {
            for (width, cell) in widths.iter_mut().zip(row) {
                *width = (*width).max(cell.chars().count());
            }
        }
        let line = |cells: &[String]| -> String {
            let mut text = String::new();
            for (i, (cell, width)) in cells.iter().zip(widths.iter().copied()).enumerate() {
                let pad = width.saturating_sub(cell.chars().count());
                if i == 0 || Some(i) == billing_column {
                    text.push_str(cell);
                    text.push_str(&" ".repeat(pad));
                } else {
                    text.push_str(&" ".repeat(pad));
                    text.push_str(cell);
                }
                text.push_str("  ");
            }
            text.trim_end().to_string()
        };
        writeln!(out, "{}", line(&header))?;
        let gaps = widths.len().saturating_sub(1).saturating_mul(2);
        let rule_width = widths.iter().sum::<usize>().saturating_add(gaps);
        writeln!(out, "{}", "-".repeat(rule_width))?;
        for (row, offer_line) in rows.iter().zip(&self.lines) {
            writeln!(out, "{}", line(row))?;
            if !offer_line.description.is_empty() {
                writeln!(out, "  {}", offer_line.description)?;
            }
        }
        writeln!(out, "{}", "-".repeat(rule_width))?;
        // Totals line up under the Total column.
        for TotalRow { label, amount, .. } in self.total_rows() {
            let used = label.chars().count().saturating_add(amount.chars().count());
            let pad = rule_width.saturating_sub(used).max(2);
            writeln!(out, "{label}{}{amount}", " ".repeat(pad))?;
        }
        Ok(())
    }

    /// Each option in turn: its name (and whether it is recommended), its lines with
    /// their amounts over the term, the items the buyer may add, and its totals.
    fn write_options(&self, out: &mut String) -> std::fmt::Result {
        let words = self.words();
        writeln!(out, "{}", words.label(words.options))?;
        writeln!(out, "{}", words.options_intro)?;
        for option in &self.options {
            writeln!(out)?;
            if option.recommended {
                writeln!(out, "{} ({})", option.name, words.recommended)?;
            } else {
                writeln!(out, "{}", option.name)?;
            }
            let items: Vec<(String, String)> = option
                .lines
                .iter()
                .map(|l| {
                    (
                        format!("{} × {}", self.quantity(l.quantity), l.name),
                        self.money(l.term_amount),
                    )
                })
                .chain(option.optional.iter().map(|l| {
                    (
                        format!("{} × {}", self.quantity(l.quantity), l.name),
                        (words.optional_item)(&self.money(l.term_amount)),
                    )
                }))
                .collect();
            let rows = self.total_rows_of(&option.printed_totals(), option.recurs());
            let width = items
                .iter()
                .map(|(a, b)| (a, b))
                .chain(rows.iter().map(|r| (&r.label, &r.amount)))
                .map(|(a, b)| a.chars().count().saturating_add(b.chars().count()))
                .max()
                .unwrap_or(0)
                .saturating_add(2);
            let aligned = |out: &mut String, left: &str, right: &str| {
                let used = left.chars().count().saturating_add(right.chars().count());
                writeln!(
                    out,
                    "  {left}{}{right}",
                    " ".repeat(width.saturating_sub(used))
                )
            };
            for (left, right) in &items {
                aligned(out, left, right)?;
            }
            writeln!(out, "  {}", "-".repeat(width))?;
            for row in rows {
                aligned(out, &row.label, &row.amount)?;
            }
        }
        Ok(())
    }
}
