/** A department the generator may use as a team, with its job titles. */
export interface DepartmentSpec {
  name: string;
  /** Relative headcount: how many people land here compared to others. */
  weight: number;
  /** Titles of people who manage nobody. */
  titles: readonly string[];
}

/** Where the chief executive sits; always part of a generated org. */
export const EXECUTIVE_DEPARTMENT: DepartmentSpec = {
  name: 'Executive',
  weight: 0.3,
  titles: ['Chief of Staff', 'Executive Assistant', 'Strategy Lead'],
};

/**
 * Departments a generated org draws from (7 to 14 of them, plus the
 * executive one). The ampersands are on purpose: names must survive
 * escaping on their way to the host.
 */
export const DEPARTMENTS: readonly DepartmentSpec[] = [
  {
    name: 'Engineering',
    weight: 4,
    titles: ['Software Engineer', 'Senior Software Engineer', 'Staff Engineer'],
  },
  { name: 'Sales', weight: 3, titles: ['Account Executive', 'Sales Development Rep'] },
  { name: 'Customer Success', weight: 2, titles: ['Customer Success Manager', 'Support Agent'] },
  { name: 'Marketing', weight: 1.5, titles: ['Content Strategist', 'Growth Marketer'] },
  { name: 'Product', weight: 1.2, titles: ['Product Manager', 'Product Analyst'] },
  { name: 'Design', weight: 0.8, titles: ['Product Designer', 'UX Researcher'] },
  { name: 'Finance', weight: 0.8, titles: ['Financial Analyst', 'Accountant'] },
  { name: 'People & Culture', weight: 0.7, titles: ['HR Business Partner', 'Recruiter'] },
  { name: 'Legal & Compliance', weight: 0.4, titles: ['Counsel', 'Compliance Analyst'] },
  { name: 'IT', weight: 0.6, titles: ['IT Support Specialist', 'Systems Administrator'] },
  { name: 'Operations', weight: 1, titles: ['Operations Analyst', 'Program Manager'] },
  { name: 'Data', weight: 0.8, titles: ['Data Engineer', 'Data Scientist'] },
  { name: 'Security', weight: 0.5, titles: ['Security Engineer', 'Security Analyst'] },
  { name: 'Facilities', weight: 0.3, titles: ['Workplace Coordinator', 'Facilities Technician'] },
];
