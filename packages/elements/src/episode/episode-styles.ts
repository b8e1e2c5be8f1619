import { css } from 'lit';

/** The task list (GOV.UK "complete multiple tasks") and the rows of equipment, adaptations and follow-ups. */
export const episodeStyles = css`
  .task-list {
    list-style: none;
    padding: 0;
    margin: 0 0 calc(var(--_space) * 2);
    border-top: 1px solid var(--_rule);
  }

  .task {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: calc(var(--_space) * 0.5);
    padding: calc(var(--_space) * 0.75) 0;
    border-bottom: 1px solid var(--_rule);
  }

  .task a {
    color: var(--_link);
  }

  .task-status {
    font-weight: 400;
  }

  .task-status.completed {
    font-weight: 700;
  }

  .task-status.cannot-start {
    color: var(--_secondary);
  }

  .rows {
    margin: calc(var(--_space) * 1.5) 0;
  }

  .rows:focus {
    outline: none;
  }

  .row {
    border: 0;
    border-left: 4px solid var(--_rule);
    padding: 0 0 0 var(--_space);
    margin: 0 0 var(--_space);
  }

  .row legend {
    font-weight: 700;
    padding: 0;
    margin-bottom: calc(var(--_space) * 0.5);
  }

  .child {
    margin-top: var(--_space);
  }

  ot-episode-summary {
    display: block;
    margin-bottom: calc(var(--_space) * 2);
  }

  .child:focus {
    outline: none;
  }
`;
