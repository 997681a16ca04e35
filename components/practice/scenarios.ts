/** Situations to practise with: what the partner just said. */
export const PRACTICE_SCENARIOS = [
  { label: 'A stressful day', partner: "I'm so stressed about my boss, he keeps piling work on me" },
  { label: 'A missed call', partner: 'You forgot to call me back again.' },
  { label: 'Feeling low', partner: "I feel like nothing I do is good enough lately" },
  { label: 'Good news', partner: 'I got the job!!' },
] as const;
