import type { Reference } from '../../lib/references';

/** References the interactive simulators cite (components/simulators/). */
export const references: Reference[] = [
  {
    key: 'bhargava2008',
    type: 'inproceedings',
    authors: ['Ravi Bhargava', 'Benjamin Serebrin', 'Francesco Spadini', 'Srilatha Manne'],
    title: 'Accelerating Two-Dimensional Page Walks for Virtualized Systems',
    venue:
      'Proceedings of the 13th International Conference on Architectural Support for Programming Languages and Operating Systems (ASPLOS XIII)',
    year: 2008,
    doi: '10.1145/1346281.1346286',
  },
];
