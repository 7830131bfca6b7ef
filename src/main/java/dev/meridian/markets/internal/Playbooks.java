package dev.meridian.markets.internal;

import dev.meridian.markets.Playbook;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The markets' playbooks, by market code.
 */
public interface Playbooks extends JpaRepository<Playbook, String> {

}
